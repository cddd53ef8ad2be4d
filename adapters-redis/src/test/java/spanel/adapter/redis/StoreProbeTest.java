package spanel.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import spanel.domain.health.DependencyState;

class StoreProbeTest extends StoreContractTest {

    @Test
    void aWorkingStoreIsAvailable() {
        DependencyState expected = store == TestStore.REDIS ? DependencyState.UP : DependencyState.EMBEDDED;

        assertThat(stores().probe().probe()).isEqualTo(expected);
    }
}
