package spanel.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Boundaries: a day starts at 00:00 in the zone, whatever length DST gives it. */
class ScheduleTest {

    @Test
    void aDailyBoundaryIsLocalMidnightAcrossTheSpringChangeInBerlin() {
        Schedule daily = Schedule.daily(ZoneId.of("Europe/Berlin"));
        // 2027-03-28: clocks go from 02:00 to 03:00 CET → CEST; that day has 23 hours.
        Instant march28 = Instant.parse("2027-03-27T23:00:00Z");
        Instant march29 = Instant.parse("2027-03-28T22:00:00Z");

        assertThat(daily.after(march28)).isEqualTo(march29);
        assertThat(Duration.between(march28, march29)).isEqualTo(Duration.ofHours(23));
        assertThat(daily.latestAtOrBefore(Instant.parse("2027-03-28T21:59:59Z"))).isEqualTo(march28);
        assertThat(daily.latestAtOrBefore(march29)).isEqualTo(march29);
    }

    @Test
    void aDailyBoundaryIsLocalMidnightAcrossTheAutumnChangeInNewYork() {
        Schedule daily = Schedule.daily(ZoneId.of("America/New_York"));
        // 2027-11-07: clocks go from 02:00 back to 01:00 EDT → EST; that day has 25 hours.
        Instant november7 = Instant.parse("2027-11-07T04:00:00Z");
        Instant november8 = Instant.parse("2027-11-08T05:00:00Z");

        assertThat(daily.after(november7)).isEqualTo(november8);
        assertThat(Duration.between(november7, november8)).isEqualTo(Duration.ofHours(25));
        assertThat(daily.latestAtOrBefore(Instant.parse("2027-11-08T04:30:00Z"))).isEqualTo(november7);
    }

    @Test
    void aPeriodicScheduleCountsFromTheEpochSoEveryInstanceAgrees() {
        Schedule minute = Schedule.every(Duration.ofMinutes(1));

        assertThat(minute.latestAtOrBefore(Instant.parse("2027-01-01T10:00:59.999Z"))).isEqualTo(Instant.parse("2027-01-01T10:00:00Z"));
        assertThat(minute.after(Instant.parse("2027-01-01T10:00:00Z"))).isEqualTo(Instant.parse("2027-01-01T10:01:00Z"));
        assertThat(Schedule.every(Duration.ofHours(1)).describe()).isEqualTo("every 3600 s");
    }
}
