package spanel.bootstrap.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.bootstrap.fault.FaultHarness.V0;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.fault.FaultHarness.Answer;

/**
 * A storm: many nodes send a 1,000-user report at the same moment (scaled down from 300 for the
 * build). No connection is reset, every refusal is a 429 or 503 with Retry-After, user and health
 * routes stay quick meanwhile, and once the nodes have resent what was refused the totals are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StormTest {

    private static final int NODES = 100;
    private static final int USERS = 1_000;

    private FaultHarness spanel;
    private long[] users;
    private final List<Long> nodes = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        spanel = FaultHarness.start(Map.of());
        users = spanel.seedUsers(USERS);
        for (long node : spanel.seedNodes(NODES)) {
            nodes.add(node);
        }
    }

    @AfterAll
    void stop() throws Exception {
        spanel.close();
    }

    @Test
    void aStormIsAbsorbedWithoutResetsOrErrorsUserRoutesKeepAnsweringAndTotalsAreExactAfterResending() throws Exception {
        Map<Long, Answer> first = new ConcurrentHashMap<>();
        List<String> userRouteFailures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean storming = new AtomicBoolean(true);
        // A client of its own, as a user's browser is not the nodes' connection pool.
        TestHttp user = new TestHttp(spanel.port());
        spanel.sendReport("warm-up", users, 0);
        Thread userSide = Thread.ofPlatform().start(() -> {
            while (storming.get()) {
                for (Answer answer : List.of(
                        Answer.timed(() -> user.get(V0 + "/user/info", spanel.asAdmin())),
                        Answer.timed(() -> user.get("/health")),
                        Answer.timed(() -> user.get(V0 + "/admin/users?size=20", spanel.asAdmin())))) {
                    if (answer.status() != 200) {
                        userRouteFailures.add(answer.toString());
                    }
                }
            }
        });
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService storm = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long node : nodes) {
                String body = spanel.report(node, "storm-" + node, users, 1);
                storm.submit(() -> {
                    go.await();
                    first.put(node, Answer.timed(() -> spanel.http.post(V0 + "/node/traffic", body, "Key", FaultHarness.MU_KEY)));
                    return null;
                });
            }
            go.countDown();
        }
        storming.set(false);
        userSide.join();

        assertThat(first.values()).as("every node got an answer: no reset, no refused connection")
                .allSatisfy(answer -> assertThat(answer.failure()).as(answer.toString()).isNull());
        assertThat(first.values()).as("200, or a refusal with Retry-After")
                .allSatisfy(answer -> assertThat(answer.status() == 200 || answer.isRefusalWithRetryAfter())
                        .as(answer.toString()).isTrue());
        assertThat(userRouteFailures).as("user, admin and health routes during the storm").isEmpty();
        // How quickly they answer during a storm is the storm benchmark's to measure (bench/StormBench.java).

        for (long node : nodes) {
            if (first.get(node).status() != 200) {
                Answer again = null;
                for (int attempt = 0; attempt < 20 && (again == null || again.status() != 200); attempt++) {
                    again = Answer.timed(() -> spanel.http.post(V0 + "/node/traffic",
                            spanel.report(node, "storm-" + node, users, 1), "Key", FaultHarness.MU_KEY));
                }
                assertThat(again.status()).as(again.toString()).isEqualTo(200);
            }
        }
        assertThat(spanel.uploaded(users)).as("every node's report counted once").isEqualTo((long) NODES * USERS);
    }
}
