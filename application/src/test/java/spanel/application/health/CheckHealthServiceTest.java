package spanel.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.user.AccountFakes;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.health.DependencyState;

class CheckHealthServiceTest {

    private static final AttemptLimiter IN_PROCESS = new AccountFakes.Limiter();

    @Test
    void healthyWhenTheDatabaseIsUpAndTheStoreEmbedded() {
        CheckHealth.Health health = new CheckHealthService(() -> DependencyState.UP, () -> DependencyState.EMBEDDED, IN_PROCESS, false)
                .check();

        assertThat(health.isHealthy()).isTrue();
        assertThat(health.store()).isEqualTo(DependencyState.EMBEDDED);
        assertThat(health.limiterShared()).isFalse();
        assertThat(health.debug()).isFalse();
    }

    @Test
    void unhealthyWhenEitherDependencyIsDownAndOnlyDegradedWhenItIsTheStore() {
        CheckHealth.Health databaseDown = new CheckHealthService(() -> DependencyState.DOWN, () -> DependencyState.UP, IN_PROCESS, false)
                .check();
        CheckHealth.Health storeDown = new CheckHealthService(() -> DependencyState.UP, () -> DependencyState.DOWN, IN_PROCESS, false)
                .check();

        assertThat(databaseDown.isHealthy()).isFalse();
        assertThat(databaseDown.isDegraded()).isFalse();
        assertThat(storeDown.isHealthy()).isFalse();
        assertThat(storeDown.isDegraded()).isTrue();
    }

    @Test
    void itSaysWhereLimitsAreCountedAndWhetherDebugIsOn() {
        AttemptLimiter shared = new AccountFakes.Limiter() {
            @Override
            public boolean isShared() {
                return true;
            }
        };

        CheckHealth.Health health = new CheckHealthService(() -> DependencyState.UP, () -> DependencyState.UP, shared, true).check();

        assertThat(health.limiterShared()).isTrue();
        assertThat(health.debug()).isTrue();
    }
}
