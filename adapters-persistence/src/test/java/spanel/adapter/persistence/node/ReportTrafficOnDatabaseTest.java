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
import java.time.Duration;
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
import java.util.function.IntFunction;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.common.CountingMeters;
import spanel.application.node.ApplyTrafficBatch;
import spanel.application.node.GroupCommit.Outcome;
import spanel.application.node.NodeGate;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.port.in.IngestSettings;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.error.Refusal;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

/**
 * Traffic reports through the real service and the real database: exact, idempotent, all or
 * nothing, alone or applied together in one batch, where each report is refused alone.
 */
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

    /** As the panel runs it: up to two batches at once, four while full batches wait. */
    private ReportTraffic racingService() {
        return new ReportTrafficService(new NodeGate(new JooqNodeRegistry(dsl()), KEY), new JooqTrafficLedger(dsl()),
                transactions(), new CountingMeters(), CLOCK, new IngestSettings(4, 2, 1_000, 16, 16, Duration.ofSeconds(2),
                Duration.ofSeconds(1), 1, 30), failure -> false);
    }

    private List<Long> activeUsers(int count) {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(Seed.activeUser(dsl()));
        }
        return users;
    }

    /** {@code count} nodes, node i at the rate {@code rateOf(i)}. */
    private List<Long> nodes(int count, IntFunction<String> rateOf) {
        List<Long> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(Seed.insert(Seed.node(dsl(), rateOf.apply(i))));
        }
        return nodes;
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

    private ApplyTrafficBatch batch(TrafficLedger ledger) {
        return new ApplyTrafficBatch(new NodeGate(new JooqNodeRegistry(dsl()), KEY), ledger, transactions(), new CountingMeters(), CLOCK);
    }

    private ApplyTrafficBatch batch() {
        return batch(new JooqTrafficLedger(dsl()));
    }

    private static ReportTraffic.Command report(long node, String reportId, long user, long u, long d) {
        return report(node, reportId, KEY, user, u, d);
    }

    private static ReportTraffic.Command report(long node, String reportId, String key, long user, long u, long d) {
        return new ReportTraffic.Command(new TrafficReport(NodeId.of(node), Optional.ofNullable(reportId),
                List.of(new TrafficReport.Entry(UserId.of(user), u, d))), key);
    }

    private long uploaded(long user) {
        return dsl().fetchValue(USERS.U, USERS.ID.eq(user));
    }

    private long carried(long node) {
        return dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node));
    }

    @Test
    void sixteenThreadsReportingFromTwoNodesCountEveryByteExactlyOnce() throws Exception {
        ReportTraffic shared = racingService();
        List<Long> users = activeUsers(40);
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
                reports.add(() -> shared.report(command));
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
        TrafficLedger failing = new FailingOnAnswer(real, "retry-me");
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

    @Test
    void aReportIdSentTwiceInOneBatchCountsOnceAndBothDeliveriesGetTheFirstAnswer() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));

        List<Outcome<AppliedReport>> outcomes = batch().apply(List.of(
                report(node, "twice", user, 100, 0),
                report(node, "twice", user, 100, 0),
                report(node, null, user, 5, 0)));

        AppliedReport first = new AppliedReport(NodeId.of(node), 1, 100);
        assertThat(outcomes).extracting(Outcome::result)
                .containsExactly(first, first, new AppliedReport(NodeId.of(node), 1, 5));
        assertThat(uploaded(user)).isEqualTo(105);
        assertThat(carried(node)).isEqualTo(105);
        assertThat(dsl().fetchCount(TRAFFIC_REPORTS, TRAFFIC_REPORTS.NODE_ID.eq(node))).isEqualTo(1);
    }

    @Test
    void aReportIdAppliedInAnEarlierBatchIsAnsweredAsThenAndCountsNothing() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "2"));
        batch().apply(List.of(report(node, "earlier", user, 10, 20)));

        List<Outcome<AppliedReport>> outcomes = batch().apply(List.of(
                report(node, "later", user, 1, 0), report(node, "earlier", user, 10, 20)));

        assertThat(outcomes).extracting(Outcome::result).containsExactly(
                new AppliedReport(NodeId.of(node), 1, 1), new AppliedReport(NodeId.of(node), 1, 30));
        assertThat(uploaded(user)).isEqualTo(20 + 2);
        assertThat(carried(node)).isEqualTo(30 + 1);
    }

    @Test
    void countersStopAtTheLargestLongAndTheOtherUsersOfTheReportAreCounted() {
        long full = Seed.activeUser(dsl());
        long other = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1000"));
        long nearlyFull = Long.MAX_VALUE - 5;
        dsl().update(USERS).set(USERS.U, nearlyFull).set(USERS.D, nearlyFull).set(USERS.TRANSFER_TOTAL, nearlyFull)
                .where(USERS.ID.eq(full)).execute();
        dsl().update(NODES).set(NODES.NODE_BANDWIDTH, nearlyFull).where(NODES.ID.eq(node)).execute();
        long most = TrafficRate.MAX_BILLABLE_BYTES;
        List<TrafficReport.Entry> entries = List.of(new TrafficReport.Entry(UserId.of(full), most, most),
                new TrafficReport.Entry(UserId.of(other), 3, 4));

        AppliedReport first = service().report(report(node, "at-the-limit", entries));
        AppliedReport resent = service().report(report(node, "at-the-limit", entries));
        service().report(report(node, "past-the-limit", entries));

        assertThat(resent).isEqualTo(first);
        assertThat(first.updatedCount()).isEqualTo(2);
        assertThat(dsl().fetchOne(USERS, USERS.ID.eq(full))).satisfies(user -> {
            assertThat(user.getU()).isEqualTo(Long.MAX_VALUE);
            assertThat(user.getD()).isEqualTo(Long.MAX_VALUE);
            assertThat(user.getTransferTotal()).isEqualTo(Long.MAX_VALUE);
        });
        assertThat(uploaded(other)).isEqualTo(2 * 3_000);
        assertThat(carried(node)).isEqualTo(Long.MAX_VALUE);
        assertThat(dsl().fetchOne(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID.eq(full))).satisfies(row -> {
            assertThat(row.getU()).isEqualTo(2 * most);
            assertThat(row.getBilled()).isEqualTo(Long.MAX_VALUE);
        });
    }

    @Test
    void aRefusedNodeFailsOnlyItsOwnReportAndAnUnknownUserIsSkipped() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        var disabled = Seed.node(dsl(), "1");
        disabled.setEnabled(false);
        long disabledNode = Seed.insert(disabled);
        long unknownUser = user + 1_000_000;

        List<Outcome<AppliedReport>> outcomes = batch().apply(List.of(
                report(node, "a", user, 7, 0),
                report(disabledNode, "b", user, 1_000, 0),
                report(node, "c", "not the key", user, 1_000, 0),
                report(node + 1_000_000, "d", user, 1_000, 0),
                report(node, "e", unknownUser, 1_000, 0)));

        assertThat(outcomes.get(0).result()).isEqualTo(new AppliedReport(NodeId.of(node), 1, 7));
        assertThat(outcomes.subList(1, 4)).allSatisfy(o -> assertThat(o.failure()).isInstanceOf(Refusal.class));
        assertThat(outcomes.get(4).result()).isEqualTo(new AppliedReport(NodeId.of(node), 0, 0));
        assertThat(uploaded(user)).isEqualTo(7);
        assertThat(carried(node)).isEqualTo(7);
        assertThat(carried(disabledNode)).isZero();
        assertThat(dsl().fetchCount(TRAFFIC_REPORTS, TRAFFIC_REPORTS.NODE_ID.eq(disabledNode))).isZero();
    }

    @Test
    void aFailureHalfwayThroughABatchLeavesNothingOfAnyOfItsReportsBehind() {
        long user = Seed.activeUser(dsl());
        long other = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        List<ReportTraffic.Command> reports = List.of(
                report(node, "fine", user, 10, 0), report(node, "fails", other, 20, 0), report(node, null, user, 30, 0));

        var failing = new FailingOnAnswer(new JooqTrafficLedger(dsl()), "fails");
        assertThatThrownBy(() -> batch(failing).apply(reports)).hasMessageContaining("injected");

        assertThat(uploaded(user)).isZero();
        assertThat(uploaded(other)).isZero();
        assertThat(carried(node)).isZero();
        assertThat(dsl().fetchCount(TRAFFIC_HOURLY, TRAFFIC_HOURLY.NODE_ID.eq(node))).isZero();
        assertThat(dsl().fetchCount(TRAFFIC_REPORTS, TRAFFIC_REPORTS.NODE_ID.eq(node))).isZero();

        assertThat(batch().apply(reports)).extracting(Outcome::result).containsExactly(
                new AppliedReport(NodeId.of(node), 1, 10), new AppliedReport(NodeId.of(node), 1, 20),
                new AppliedReport(NodeId.of(node), 1, 30));
        assertThat(uploaded(user)).isEqualTo(40);
    }

    @Test
    void sixtyFourNodesRacingWithAndWithoutReportIdsAndResendingCountEveryByteOnce() throws Exception {
        List<Long> users = activeUsers(12);
        List<Long> nodes = nodes(64, i -> i % 2 == 0 ? "1" : "2");
        ReportTraffic service = racingService();
        Map<Long, Long> expectedUpload = new HashMap<>();
        Map<Long, Long> expectedCarried = new HashMap<>();
        List<Callable<AppliedReport>> deliveries = new ArrayList<>();
        Random random = new Random(7);
        for (int r = 0; r < 640; r++) {
            int n = r % nodes.size();
            long node = nodes.get(n);
            long user = users.get(random.nextInt(users.size()));
            long u = 1 + random.nextInt(1_000_000);
            expectedUpload.merge(user, n % 2 == 0 ? u : 2 * u, Long::sum);
            expectedCarried.merge(node, u, Long::sum);
            String reportId = r % 3 == 0 ? null : "r-" + r;
            ReportTraffic.Command command = report(node, reportId, user, u, 0);
            // A report with an id is also sent again at the same time, as a node that timed out would.
            int copies = reportId == null ? 1 : 2;
            for (int c = 0; c < copies; c++) {
                deliveries.add(() -> service.report(command));
            }
        }

        List<AppliedReport> answers = runConcurrently(32, deliveries);

        assertThat(answers).allSatisfy(a -> assertThat(a.updatedCount()).isEqualTo(1));
        for (long user : users) {
            assertThat(uploaded(user)).as("user " + user).isEqualTo(expectedUpload.getOrDefault(user, 0L));
        }
        for (long node : nodes) {
            assertThat(carried(node)).as("node " + node).isEqualTo(expectedCarried.getOrDefault(node, 0L));
            assertThat(dsl().select(DSL.coalesce(DSL.sum(TRAFFIC_HOURLY.U), DSL.inline(BigDecimal.ZERO)))
                    .from(TRAFFIC_HOURLY).where(TRAFFIC_HOURLY.NODE_ID.eq(node)).fetchOne(0, Long.class))
                    .as("hourly log of node " + node).isEqualTo(expectedCarried.getOrDefault(node, 0L));
        }
    }

    @Test
    void concurrentBatchesThatShareNodesButNoUsersNeverDeadlock() throws Exception {
        // Each batch's hourly rows take a key-share lock on their nodes before the batch locks the
        // nodes to add to them: the nodes' lock must not conflict with that, or two such batches
        // wait for each other (and PostgreSQL breaks the tie after a second by failing one).
        List<Long> users = activeUsers(400);
        List<Long> nodes = nodes(16, i -> "1");
        ReportTraffic service = racingService();
        List<Callable<AppliedReport>> deliveries = new ArrayList<>();
        for (int r = 0; r < users.size(); r++) {
            ReportTraffic.Command command = report(nodes.get(r % nodes.size()), null, users.get(r), 1_000, 0);
            deliveries.add(() -> service.report(command));
        }

        List<AppliedReport> answers = runConcurrently(32, deliveries);

        assertThat(answers).hasSize(users.size()).allSatisfy(a -> assertThat(a.updatedCount()).isEqualTo(1));
        for (long node : nodes) {
            assertThat(carried(node)).as("node " + node).isEqualTo(25 * 1_000L);
        }
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

    /** The real ledger, failing when it stores the answer of one report, after every counter moved. */
    private record FailingOnAnswer(TrafficLedger real, String failingId) implements TrafficLedger {
        @Override
        public List<Added> addAll(List<Share> shares, Instant at) {
            return real.addAll(shares, at);
        }

        @Override
        public boolean claim(NodeId node, String reportId, Instant at) {
            return real.claim(node, reportId, at);
        }

        @Override
        public void answer(NodeId node, String reportId, AppliedReport answer) {
            if (reportId.equals(failingId)) {
                throw new IllegalStateException("injected failure after the counters moved");
            }
            real.answer(node, reportId, answer);
        }

        @Override
        public Optional<AppliedReport> answerOf(NodeId node, String reportId) {
            return real.answerOf(node, reportId);
        }
    }
}
