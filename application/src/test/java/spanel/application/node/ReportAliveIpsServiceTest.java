package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.in.ReportAliveIps.Seen;
import spanel.domain.error.Refusal;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

class ReportAliveIpsServiceTest {

    private static final NodeId NODE = NodeId.of(1);
    private static final UserId ALICE = UserId.of(7);

    private final NodeFakes fakes = new NodeFakes();
    private final List<String> history = new java.util.ArrayList<>();
    private final ReportAliveIpsService service = new ReportAliveIpsService(new NodeGate(fakes.registry, "shared-key"),
            fakes.status, (node, online, at) -> history.add(node + " " + online + " at " + at), MovableClock.at("2026-03-01T12:00:00Z"));

    @BeforeEach
    void aNodeWithItsOwnKey() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
    }

    private int report(String key, Seen... seen) {
        return service.report(new ReportAliveIps.Command(NODE, key, List.of(seen)));
    }

    @Test
    void eachAddressIsRecordedOnceForItsUser() {
        // The HTTP edge has already turned every address into its canonical text and dropped the rest.
        int recorded = report("node-key", new Seen(ALICE, "203.0.113.5"), new Seen(ALICE, "2001:db8::1"),
                new Seen(ALICE, "2001:db8::1"));

        assertThat(recorded).isEqualTo(2);
        assertThat(fakes.statusCalls).containsExactly("ip " + NODE + " " + ALICE + " 203.0.113.5",
                "ip " + NODE + " " + ALICE + " 2001:db8::1");
    }

    @Test
    void theDistinctUsersOfAReportAreTheNodesOnlineCountInTheDashboardsHistory() {
        UserId bob = UserId.of(8);

        report("node-key", new Seen(ALICE, "203.0.113.5"), new Seen(ALICE, "2001:db8::1"), new Seen(bob, "198.51.100.2"));

        assertThat(history).containsExactly(NODE + " 2 at 2026-03-01T12:00:00Z");
    }

    @Test
    void anEmptyReportDoesNotTouchTheStore() {
        fakes.storeDown = true;

        assertThat(report("node-key")).isZero();
    }

    @Test
    void aWrongKeyIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> report("wrong", new Seen(ALICE, "203.0.113.5"))).isInstanceOf(Refusal.class);
        assertThat(fakes.statusCalls).isEmpty();
    }
}
