package spanel.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import spanel.application.common.HandClock;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.health.DependencyState;
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
        File server = new File("/usr/bin/redis-server");
        assumeTrue(server.canExecute(), "redis-server is not installed");
        int port = freePort();
        HandClock clock = new HandClock(Instant.parse("2026-06-01T00:00:00Z"));
        Process redis = startRedis(server, port);
        try (RedisStores stores = RedisStores.connect("redis://127.0.0.1:" + port + "/0", "comeback:", 4, clock)) {
            awaitAnswer(stores);
            var limiter = stores.attemptLimiter();
            assertThat(limiter.record("k", MINUTE).count()).isEqualTo(1);
            assertThat(limiter.isShared()).isTrue();

            stop(redis);
            assertThat(limiter.record("k", MINUTE).count()).as("counted afresh in the process").isEqualTo(1);
            assertThat(limiter.record("k", MINUTE).count()).isEqualTo(2);
            assertThat(limiter.isShared()).isFalse();

            redis = startRedis(server, port);
            awaitAnswer(stores);
            // Within the retry interval the process keeps counting; after it, Redis is asked and counts again.
            assertThat(limiter.record("k", MINUTE).count()).isEqualTo(3);
            clock.advance(FailoverAttemptLimiter.RETRY_EVERY);
            assertThat(limiter.isShared()).isTrue();
            assertThat(limiter.record("k", MINUTE).count()).as("Redis restarted empty: a fresh window there").isEqualTo(1);
            assertThat(stores.nodeStatus().status(NodeId.of(1), clock.instant()).reportedAt()).isEmpty();
        } finally {
            stop(redis);
        }
    }

    private static Process startRedis(File server, int port) throws IOException {
        return new ProcessBuilder(server.getPath(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void stop(Process redis) throws InterruptedException {
        redis.destroy();
        if (!redis.waitFor(10, TimeUnit.SECONDS)) {
            redis.destroyForcibly().waitFor();
        }
    }

    /** Waits for the server to accept connections: a readiness poll, not a timed assertion. */
    private static void awaitAnswer(RedisStores stores) throws InterruptedException {
        for (int i = 0; i < 200 && stores.probe().probe() != DependencyState.UP; i++) {
            Thread.sleep(25);
        }
        assertThat(stores.probe().probe()).isEqualTo(DependencyState.UP);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
