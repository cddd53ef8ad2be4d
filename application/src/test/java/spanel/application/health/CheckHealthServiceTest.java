package spanel.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import spanel.application.health.port.in.Health;
import spanel.domain.health.DependencyState;

class CheckHealthServiceTest {

    @Test
    void healthyWhenTheDatabaseIsUpAndTheStoreEmbedded() {
        Health health = new CheckHealthService(() -> DependencyState.UP, () -> DependencyState.EMBEDDED).check();

        assertThat(health.isHealthy()).isTrue();
        assertThat(health.store()).isEqualTo(DependencyState.EMBEDDED);
    }

    @Test
    void unhealthyWhenEitherDependencyIsDown() {
        assertThat(new CheckHealthService(() -> DependencyState.DOWN, () -> DependencyState.UP).check().isHealthy())
                .isFalse();
        assertThat(new CheckHealthService(() -> DependencyState.UP, () -> DependencyState.DOWN).check().isHealthy())
                .isFalse();
    }
}
