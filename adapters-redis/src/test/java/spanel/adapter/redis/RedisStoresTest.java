package spanel.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import spanel.domain.health.DependencyState;

class RedisStoresTest {

    @Test
    void aRedisThatDoesNotAnswerIsDownRatherThanAnError() {
        try (RedisStores nowhere = RedisStores.connect("redis://127.0.0.1:1/0", "x:", 2)) {
            assertThat(nowhere.probe().probe()).isEqualTo(DependencyState.DOWN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:6379", "127.0.0.1:6379", "redis://", "not a url"})
    void anUnreadableUrlIsRefused(String url) {
        assertThatThrownBy(() -> RedisStores.connect(url, "x:", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REDIS_URL");
    }
}
