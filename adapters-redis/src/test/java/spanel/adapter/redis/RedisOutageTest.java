package spanel.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/**
 * Redis going away and coming back: every call that needs it is a {@link DependencyUnavailable}
 * (a 503 at the edge), except the attempt limiter, which counts in the process meanwhile and goes
 * back to Redis when it answers again. The comeback uses a redis-server of the test's own.
 */
class RedisOutageTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void withNothingListeningTheNodeStatusCallsAre503sAndTheLimiterCountsInTheProcess() throws IOException {
        int port = freePort();
        try (RedisStores nowhere = RedisStores.connect("redis://127.0.0.1:" + port + "/0", "outage:", 2)) {
            NodeStatusStore status = nowhere.nodeStatus();
            NodeId node = NodeId.of(1);

            assertThatThrownBy(() -> status.recordOnline(node, 3, "0.1", Instant.now())).isInstanceOf(DependencyUnavailable.class);
            assertThatThrownBy(() -> status.recordAliveIps(node, List.of(new NodeStatusStore.AliveIp(new UserId(1), "1.2.3.4")),
                    Instant.now())).isInstanceOf(DependencyUnavailable.class);
            assertThatThrownBy(() -> status.aliveIpCounts(List.of(new UserId(1)), Instant.now()))
                    .isInstanceOf(DependencyUnavailable.class);
            assertThatThrownBy(() -> status.status(node, Instant.now())).isInstanceOf(DependencyUnavailable.class);

            assertThat(nowhere.attemptLimiter().record("login:ip:1.2.3.4", MINUTE).count()).isEqualTo(1);
            assertThat(nowhere.attemptLimiter().record("login:ip:1.2.3.4", MINUTE).count()).isEqualTo(2);
            assertThat(nowhere.attemptLimiter().peek("login:ip:1.2.3.4").count()).isEqualTo(2);
            assertThat(nowhere.attemptLimiter().isShared()).isFalse();
        }
    }

    @Test
    void theLimiterGoesToTheProcessWhenRedisStopsAndBackToRedisWhenItAnswersAgain() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-06-01T00:00:00Z"));
        try (OwnRedisServer redis = OwnRedisServer.start();
                RedisStores stores = RedisStores.connect(redis.url(), "comeback:", 4, clock)) {
            var limiter = stores.attemptLimiter();
            assertThat(limiter.record("k", MINUTE).count()).isEqualTo(1);
            assertThat(limiter.isShared()).isTrue();

            redis.stop();
            assertThat(limiter.record("k", MINUTE).count()).as("counted afresh in the process").isEqualTo(1);
            assertThat(limiter.record("k", MINUTE).count()).isEqualTo(2);
            assertThat(limiter.isShared()).isFalse();

            redis.restart();
            // Within the retry interval the process keeps counting; after it, Redis is asked and counts again.
            assertThat(limiter.record("k", MINUTE).count()).isEqualTo(3);
            clock.advance(RedisStores.LIMITER_RETRY_EVERY);
            assertThat(limiter.isShared()).isTrue();
            assertThat(limiter.record("k", MINUTE).count()).as("Redis restarted empty: a fresh window there").isEqualTo(1);
            assertThat(stores.nodeStatus().status(NodeId.of(1), clock.instant()).reportedAt()).isEmpty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
