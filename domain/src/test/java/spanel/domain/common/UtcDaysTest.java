package spanel.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcDaysTest {

    @Test
    void aDayStartsAtMidnightUtc() {
        assertThat(UtcDays.startOf(Instant.parse("2025-03-30T23:59:59.999Z"))).isEqualTo(Instant.parse("2025-03-30T00:00:00Z"));
    }

    @Test
    void midnightItselfStartsItsOwnDay() {
        assertThat(UtcDays.startOf(Instant.parse("2025-03-31T00:00:00Z"))).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
    }

    @Test
    void daysBeforeTheEpochStartAtTheirOwnMidnight() {
        assertThat(UtcDays.startOf(Instant.parse("1969-12-31T12:00:00Z"))).isEqualTo(Instant.parse("1969-12-31T00:00:00Z"));
    }
}
