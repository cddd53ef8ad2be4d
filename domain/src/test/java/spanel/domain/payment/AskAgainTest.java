package spanel.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AskAgainTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Duration waitAfter(int failures) {
        return Duration.between(NOW, AskAgain.after(failures, NOW));
    }

    @Test
    void theWaitDoublesWithEachFailureFromOneMinute() {
        assertThat(waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(waitAfter(5)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void theWaitStopsGrowingAtHalfAnHour() {
        assertThat(waitAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(waitAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void thereIsNoWaitBeforeAFailure() {
        assertThatThrownBy(() -> AskAgain.after(0, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
