package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_REPORTS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.common.CountingMeters;
import spanel.application.node.NodeGate;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

/** Traffic reports through the real service and the real database: exact, idempotent, all or nothing. */
class ReportTrafficOnDatabaseTest extends PersistenceContractTest {

    private static final String KEY = "shared-key-for-the-tests";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private ReportTraffic service(TrafficLedger ledger, CountingMeters meters) {
        return new ReportTrafficService(new NodeGate(new JooqNodeRegistry(dsl()), KEY), ledger, transactions(), meters,
                CLOCK);
    }

    private ReportTraffic service(CountingMeters meters) {
        return service(new JooqTrafficLedger(dsl()), meters);
    }

    private ReportTraffic service() {
        return service(new CountingMeters());
    }

    private static ReportTraffic.Command report(long node, String reportId, List<TrafficReport.Entry> entries) {
        return new ReportTraffic.Command(
                new TrafficReport(NodeId.of(node), Optional.ofNullable(reportId), entries), KEY);
    }

    private static long billed(long bytes, String rate) {
        return new BigDecimal(bytes).multiply(new BigDecimal(rate)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    @Test
    void sixteenThreadsReportingFromTwoNodesCountEveryByteExactlyOnce() throws Exception {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            users.add(Seed.activeUser(dsl()));
        }
        Map<Long, String> rates = Map.of(Seed.insert(Seed.node(dsl(), "1.5")), "1.5",
                Seed.insert(Seed.node(dsl(), "0.3333")), "0.3333");
        List<Long> nodes = List.copyOf(rates.keySet());
        Map<Long, long[]> expected = new HashMap<>();
        users.forEach(u -> expected.put(u, new long[2]));
        Map<Long, Long> expectedNode = new HashMap<>();
        List<Callable<AppliedReport>> reports = new ArrayList<>();
        Random random = new Random(42);
        for (int thread = 0; thread < 16; thread++) {
            for (int r = 0; r < 25; r++) {
                long node = nodes.get((thread + r) % 2);
                String rate = rates.get(node);
                List<TrafficReport.Entry> entries = new ArrayList<>();
                for (long user : users) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    long u = 1_048_576L + random.nextInt(10_000);
                    long d = 2_097_152L + random.nextInt(10_000);
                    entries.add(new TrafficReport.Entry(UserId.of(user), u, d));
                    expected.get(user)[0] += billed(u, rate);
                    expected.get(user)[1] += billed(d, rate);
                    expectedNode.merge(node, u + d, Long::sum);
                }
                Collections.shuffle(entries, random);
                ReportTraffic.Command command = report(node, null, entries);
                reports.add(() -> service().report(command));
            }
        }

        runConcurrently(16, reports);

        for (long user : users) {
            var row = dsl().fetchOne(USERS, USERS.ID.eq(user));
            assertThat(new long[] {row.getU(), row.getD()}).as("user " + user).containsExactly(expected.get(user));
        }
        for (long node : nodes) {
            assertThat(dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node))).isEqualTo(expectedNode.get(node));
        }
    }

    @Test
    void theSameReportDeliveredTwentyTimesAtOnceCountsOnceAndEveryDeliveryGetsTheSameAnswer() throws Exception {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "2"));
        var entries = List.of(new TrafficReport.Entry(UserId.of(user), 100, 200));
        CountingMeters meters = new CountingMeters();
        List<Callable<AppliedReport>> deliveries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deliveries.add(() -> service(meters).report(report(node, "report-7", entries)));
        }

        List<AppliedReport> answers = runConcurrently(20, deliveries);

        assertThat(answers).containsOnly(new AppliedReport(NodeId.of(node), 1, 300));
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user))).isEqualTo(200);
        assertThat(dsl().fetchValue(USERS.D, USERS.ID.eq(user))).isEqualTo(400);
        assertThat(meters.count("applied")).isEqualTo(1);
        assertThat(meters.count("repeated")).isEqualTo(19);
        assertThat(meters.count("raw bytes")).isEqualTo(300);
        assertThat(meters.count("billed bytes")).isEqualTo(600);

        service().report(report(node, "report-8", entries));

        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user))).isEqualTo(400);
        assertThat(dsl().fetchCount(TRAFFIC_REPORTS, TRAFFIC_REPORTS.NODE_ID.eq(node))).isEqualTo(2);
    }

    @Test
    void aFailureAfterTheCountersMovedLeavesNothingBehindAndTheReportCanBeRetried() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        TrafficLedger real = new JooqTrafficLedger(dsl());
        TrafficLedger failing = new FailingAfterAdd(real);
        var command = report(node, "retry-me", List.of(new TrafficReport.Entry(UserId.of(user), 10, 20)));
        CountingMeters meters = new CountingMeters();

        assertThatThrownBy(() -> service(failing, meters).report(command)).hasMessageContaining("injected");

        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user))).isZero();
        assertThat(dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node))).isZero();
        assertThat(dsl().fetchCount(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID.eq(user))).isZero();
        assertThat(dsl().fetchCount(TRAFFIC_REPORTS, TRAFFIC_REPORTS.NODE_ID.eq(node))).isZero();
        assertThat(meters.count("applied") + meters.count("raw bytes")).as("nothing metered for a report taken back").isZero();

        assertThat(service().report(command)).isEqualTo(new AppliedReport(NodeId.of(node), 1, 30));
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user))).isEqualTo(10);
    }

    private static <T> List<T> runConcurrently(int threads, List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(work);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real ledger, failing right after the counters moved and before the answer is stored. */
    private record FailingAfterAdd(TrafficLedger real) implements TrafficLedger {
        @Override
        public Added add(NodeId node, List<TrafficReport.UserTraffic> perUser, Instant at) {
            return real.add(node, perUser, at);
        }

        @Override
        public boolean claim(NodeId node, String reportId, Instant at) {
            return real.claim(node, reportId, at);
        }

        @Override
        public void answer(NodeId node, String reportId, AppliedReport answer) {
            throw new IllegalStateException("injected failure after the counters moved");
        }

        @Override
        public Optional<AppliedReport> answerOf(NodeId node, String reportId) {
            return real.answerOf(node, reportId);
        }
    }
}
