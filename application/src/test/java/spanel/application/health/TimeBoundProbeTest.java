package spanel.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import spanel.domain.health.DependencyState;

class TimeBoundProbeTest {

    @Test
    void aProbeThatAnswersInTimeIsPassedThrough() {
        assertThat(new TimeBoundProbe(() -> DependencyState.UP, Duration.ofSeconds(5)).probe()).isEqualTo(DependencyState.UP);
        assertThat(new TimeBoundProbe(() -> DependencyState.DOWN, Duration.ofSeconds(5)).probe()).isEqualTo(DependencyState.DOWN);
    }

    @Test
    void aProbeThatDoesNotAnswerWithinTheLimitIsDown() {
        CountDownLatch never = new CountDownLatch(1);
        TimeBoundProbe probe = new TimeBoundProbe(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DependencyState.UP;
        }, Duration.ofMillis(50));

        assertThat(probe.probe()).isEqualTo(DependencyState.DOWN);
    }

    @Test
    void aProbeThatThrowsIsDown() {
        TimeBoundProbe probe = new TimeBoundProbe(() -> {
            throw new IllegalStateException("no answer");
        }, Duration.ofSeconds(5));

        assertThat(probe.probe()).isEqualTo(DependencyState.DOWN);
    }
}
