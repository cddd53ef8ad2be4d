package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final RateLimit tenPerMinute = RateLimit.perMinute(10);

    private static Attempts attempts(long count, long millisLeft) {
        return new Attempts(count, Duration.ofMillis(millisLeft));
    }

    @Test
    void theTenthAttemptIsAllowedAndTheEleventhIsNot() {
        assertThat(tenPerMinute.isExceededBy(attempts(10, 1_000))).isFalse();
        assertThat(tenPerMinute.isExceededBy(attempts(11, 1_000))).isTrue();
    }

    @Test
    void afterTenFailuresTheNextAttemptIsRefusedBeforeItIsChecked() {
        assertThat(tenPerMinute.refusesAnotherAfter(attempts(9, 1_000))).isFalse();
        assertThat(tenPerMinute.refusesAnotherAfter(attempts(10, 1_000))).isTrue();
        assertThat(tenPerMinute.refusesAnotherAfter(Attempts.NONE)).isFalse();
    }

    @Test
    void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
        assertThat(tenPerMinute.retryAfterSeconds(attempts(11, 59_001))).isEqualTo(60);
        assertThat(tenPerMinute.retryAfterSeconds(attempts(11, 59_000))).isEqualTo(59);
        assertThat(tenPerMinute.retryAfterSeconds(attempts(11, 1))).isEqualTo(1);
    }

    @Test
    void aWindowWithoutAnEndWaitsAWholeWindow() {
        assertThat(tenPerMinute.retryAfterSeconds(attempts(11, 0))).isEqualTo(60);
    }

    @Test
    void aLimitAllowsAtLeastOneAttemptInAPositiveWindow() {
        assertThatThrownBy(() -> RateLimit.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
