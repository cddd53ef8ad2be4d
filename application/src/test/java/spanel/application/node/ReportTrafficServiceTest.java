package spanel.application.node;

import spanel.application.common.CountingMeters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.ReportTraffic;
import spanel.domain.error.Refusal;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

class ReportTrafficServiceTest {

    private static final String SHARED = "the-shared-mu-key-0123";
    private static final NodeId NODE = NodeId.of(1);
    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);

    private final NodeFakes fakes = new NodeFakes();
    private final ReportTrafficService service = new ReportTrafficService(new NodeGate(fakes.registry, SHARED), fakes.ledger,
            fakes.transactions, new CountingMeters(), MovableClock.at("2026-03-01T12:00:00Z"));

    @BeforeEach
    void aNodeBilledAtTwiceTheTrafficServesAliceAndBob() {
        fakes.registry.put(aNode(NODE.value()).withOwnKey("node-key").billedAt(new TrafficRate(20_000)).build());
        fakes.knownUsers.addAll(List.of(ALICE, BOB));
    }

    private AppliedReport report(String key, Optional<String> reportId, TrafficReport.Entry... entries) {
        return service.report(new ReportTraffic.Command(new TrafficReport(NODE, reportId, List.of(entries)), key));
    }

    private static TrafficReport.Entry used(UserId user, long u, long d) {
        return new TrafficReport.Entry(user, u, d);
    }

    @Test
    void eachUserIsBilledAtTheNodesRateAndTheAnswerCountsRawBytes() {
        AppliedReport answer = report("node-key", Optional.empty(), used(ALICE, 100, 200), used(BOB, 0, 50),
                used(ALICE, 1, 2));

        assertThat(answer).isEqualTo(new AppliedReport(NODE, 2, 353));
        assertThat(fakes.billed).containsEntry(ALICE, 606L).containsEntry(BOB, 100L);
        assertThat(fakes.transactions.opened()).isEqualTo(1);
    }

    @Test
    void usersThatDoNotExistAreSkippedNotRefused() {
        AppliedReport answer = report(SHARED, Optional.empty(), used(ALICE, 10, 0), used(UserId.of(99), 10, 0));

        assertThat(answer.updatedCount()).isEqualTo(1);
        assertThat(fakes.billed).containsOnlyKeys(ALICE);
    }

    @Test
    void aRepeatedReportGetsTheFirstAnswerAndCountsNothing() {
        AppliedReport first = report("node-key", Optional.of("r-1"), used(ALICE, 100, 0));

        AppliedReport again = report("node-key", Optional.of("r-1"), used(ALICE, 100, 0), used(BOB, 5, 0));

        assertThat(again).isEqualTo(first);
        assertThat(fakes.billed).containsOnlyKeys(ALICE).containsEntry(ALICE, 200L);
    }

    @Test
    void aWrongKeyIsRefusedAndNothingIsCounted() {
        assertThatThrownBy(() -> report("another-key", Optional.of("r-1"), used(ALICE, 100, 0)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.UNAUTHORIZED));
        assertThat(fakes.billed).isEmpty();
        assertThat(fakes.claims).isEmpty();
    }

    @Test
    void aDisabledNodeIsRefused() {
        fakes.registry.put(aNode(NODE.value()).withOwnKey("node-key").disabled().build());

        assertThatThrownBy(() -> report("node-key", Optional.empty(), used(ALICE, 100, 0)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThat(fakes.billed).isEmpty();
    }

    @Test
    void aFailureAfterTheClaimLeavesTheTransactionSoTheClaimIsRolledBackToo() {
        fakes.failNextAdd = new IllegalStateException("the database went away");

        assertThatThrownBy(() -> report("node-key", Optional.of("r-1"), used(ALICE, 100, 0)))
                .hasMessage("the database went away");

        assertThat(fakes.transactions.rolledBack()).isEqualTo(1);
        assertThat(fakes.ledgerWritesInTransaction).containsExactly(true);
    }
}
