package spanel.bootstrap.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.bootstrap.fault.FaultHarness.MU_KEY;
import static spanel.bootstrap.fault.FaultHarness.V0;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.fault.FaultHarness.Answer;

/**
 * PostgreSQL and Redis cut while nodes report and users call: every route answers 503 with
 * Retry-After quickly (never a 500, never a hang), /health within a second, everything comes back
 * by itself, and after the nodes resend what was refused the totals are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DependencyOutageTest {

    private FaultHarness spanel;
    private long[] users;

    @BeforeAll
    void start() throws Exception {
        spanel = FaultHarness.start(Map.of());
    }

    /** Users of each test's own, so one test's reports do not count in the other's totals. */
    @BeforeEach
    void seedUsers() {
        users = spanel.seedUsers(20);
    }

    @AfterAll
    void stop() throws Exception {
        spanel.close();
    }

    /** The routes a panel lives on, one request each. */
    private Map<String, Supplier<TestHttp.Reply>> routes() {
        TestHttp http = spanel.http;
        String[] admin = spanel.asAdmin();
        return Map.of(
                "user info", () -> http.get(V0 + "/user/info", admin),
                "admin users", () -> http.get(V0 + "/admin/users", admin),
                "admin node status", () -> http.get(V0 + "/admin/nodes/status", admin),
                "log-in", () -> http.post(V0 + "/auth/login", "{\"email\":\"fault-admin@example.com\",\"password\":\"wrong password\"}"),
                "shop", () -> http.get(V0 + "/user/shop", admin),
                "node users", () -> http.get(V0 + "/node/users?node_id=" + spanel.node, "Key", MU_KEY),
                "mod_mu users", () -> http.get("/mod_mu/users?node_id=" + spanel.node + "&key=" + MU_KEY),
                "node alive ip", () -> http.post(V0 + "/node/alive_ip",
                        "{\"node_id\":" + spanel.node + ",\"data\":[{\"user_id\":" + users[0] + ",\"ip\":\"10.0.0.1\"}]}",
                        "Key", MU_KEY));
    }

    @Test
    void withPostgresCutEveryRouteAnswers503WithRetryAfterAndTotalsAreExactAfterResending() throws InterruptedException {
        Load load = Load.start(spanel, users);
        try {
            load.awaitAcknowledged(10);
            spanel.postgres.cut();

            assertHealthRefuses("/health while PostgreSQL is down");
            Map<String, Supplier<Answer>> checked = timed(routes());
            String cutId = load.nextId();
            checked.put("traffic report", () -> {
                Answer report = spanel.sendReport(cutId, users, 1);
                load.record(cutId, report);
                return report;
            });
            assertThat(answeringOtherwise(checked, answer -> answer.status() == 503 && answer.retryAfter() != null))
                    .as("routes while PostgreSQL is down").isEmpty();

            spanel.postgres.restore();
            awaitHealthy();
            load.awaitAcknowledged(load.acknowledged() + 10);
        } finally {
            restoreAndStop(load);
        }
        assertEveryReportCountedOnce(load);
    }

    @Test
    void withRedisCutEveryRouteAnswersWithoutA500AndTotalsAreExactAfterResending() throws InterruptedException {
        Load load = Load.start(spanel, users);
        try {
            load.awaitAcknowledged(5);
            spanel.redis.cut();

            assertHealthRefuses("/health while Redis is down");
            Answer info = Answer.timed(() -> spanel.http.get(V0 + "/user/info", spanel.asAdmin()));
            assertThat(info.status()).as(info.body()).isEqualTo(200);
            assertThat(answeringOtherwise(timed(routes()),
                    answer -> answer.status() > 0 && answer.status() < 500 || answer.isRefusalWithRetryAfter()))
                    .as("routes while Redis is down").isEmpty();
            long before = load.acknowledged();
            load.awaitAcknowledged(before + 5);

            spanel.redis.restore();
            awaitHealthy();
        } finally {
            restoreAndStop(load);
        }
        assertEveryReportCountedOnce(load);
    }

    private void assertHealthRefuses(String description) {
        Answer health = Answer.timed(() -> spanel.http.get("/health"));
        assertThat(health.status()).as(description).isEqualTo(503);
        assertThat(health.retryAfter()).as(description).isNotBlank();
    }

    private static Map<String, Supplier<Answer>> timed(Map<String, Supplier<TestHttp.Reply>> routes) {
        Map<String, Supplier<Answer>> timed = new LinkedHashMap<>();
        routes.forEach((name, call) -> timed.put(name, () -> Answer.timed(call)));
        return timed;
    }

    /** Each route whose answer is not acceptable, with that answer. */
    private static List<String> answeringOtherwise(Map<String, Supplier<Answer>> routes, Predicate<Answer> acceptable) {
        List<String> wrong = new ArrayList<>();
        routes.forEach((name, call) -> {
            Answer answer = call.get();
            if (!acceptable.test(answer)) {
                wrong.add(name + ": " + answer);
            }
        });
        return wrong;
    }

    private void restoreAndStop(Load load) {
        spanel.postgres.restore();
        spanel.redis.restore();
        load.stop();
    }

    /** Nothing but 200s and refusals with Retry-After, and once the refused reports are resent, each counted once. */
    private void assertEveryReportCountedOnce(Load load) {
        assertThat(load.failures()).as("answers other than 200, or 503 with Retry-After").isEmpty();
        load.resendRefused();
        assertThat(spanel.uploaded(users)).as("every report counted once").isEqualTo(load.reportIds() * users.length);
    }

    /** Polls /health (each call bounded by its own limits) until it says ok again. */
    private void awaitHealthy() {
        for (int i = 0; i < 200; i++) {
            if (Answer.timed(() -> spanel.http.get("/health")).status() == 200) {
                return;
            }
        }
        throw new AssertionError("spanel did not recover after the dependency came back");
    }

    /**
     * Nodes reporting in a loop, each report one byte per user under a report id of its own, as a
     * node keeps a refused report and sends it again under the same id.
     */
    static final class Load {

        private final FaultHarness spanel;
        private final long[] users;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong next = new AtomicLong();
        /** Report ids are a node's: each load run has its own, so no run's report repeats another's. */
        private final String run = Long.toHexString(System.nanoTime());
        private final AtomicLong acknowledged = new AtomicLong();
        private final Set<String> refused = ConcurrentHashMap.newKeySet();
        private final Set<String> ids = ConcurrentHashMap.newKeySet();
        private final Queue<String> failures = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();

        private Load(FaultHarness spanel, long[] users) {
            this.spanel = spanel;
            this.users = users;
        }

        static Load start(FaultHarness spanel, long[] users) {
            Load load = new Load(spanel, users);
            for (int i = 0; i < 3; i++) {
                load.threads.add(Thread.ofVirtual().start(load::reportUntilStopped));
            }
            return load;
        }

        private void reportUntilStopped() {
            while (running.get()) {
                String id = nextId();
                record(id, spanel.sendReport(id, users, 1));
            }
        }

        String nextId() {
            return "load-" + run + "-" + next.incrementAndGet();
        }

        void record(String id, Answer answer) {
            ids.add(id);
            if (answer.status() == 200) {
                acknowledged.incrementAndGet();
            } else {
                refused.add(id);
                if (!answer.isRefusalWithRetryAfter()) {
                    failures.add(id + ": " + answer);
                }
            }
        }

        long acknowledged() {
            return acknowledged.get();
        }

        /** Waits, while the nodes keep reporting, until this many reports have been answered 200 (a minute at most). */
        void awaitAcknowledged(long count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (acknowledged.get() < count) {
                assertThat(System.nanoTime()).as("%d reports acknowledged in time", count).isLessThan(deadline);
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }

        void stop() {
            running.set(false);
            threads.forEach(t -> {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        long reportIds() {
            return ids.size();
        }

        /** Every refused report sent again under its id until it is acknowledged, as nodes do. */
        void resendRefused() {
            for (String id : refused) {
                Answer answer = null;
                for (int attempt = 0; attempt < 20 && (answer == null || answer.status() != 200); attempt++) {
                    answer = spanel.sendReport(id, users, 1);
                }
                assertThat(answer.status()).as("resent %s: %s", id, answer).isEqualTo(200);
            }
        }
    }
}
