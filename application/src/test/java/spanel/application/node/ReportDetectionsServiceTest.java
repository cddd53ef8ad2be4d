package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.ReportDetections;
import spanel.application.node.port.in.ReportDetections.Hit;
import spanel.application.node.port.out.DetectRules;
import spanel.domain.error.Refusal;
import spanel.domain.node.DetectRuleId;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

class ReportDetectionsServiceTest {

    private static final NodeId NODE = NodeId.of(1);
    private static final UserId ALICE = UserId.of(7);

    private final NodeFakes fakes = new NodeFakes();
    private final ReportDetectionsService service = new ReportDetectionsService(new NodeGate(fakes.registry, "shared-key"),
            fakes.rules, MovableClock.at("2026-03-01T12:00:00Z"));
    private DetectRuleId rule;

    @BeforeEach
    void aliceAndOneRule() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        fakes.knownUsers.add(ALICE);
        rule = fakes.rules.add(new DetectRules.NewRule("torrent", "", "BitTorrent", 1));
    }

    private int report(String key, Hit... hits) {
        return service.report(new ReportDetections.Command(NODE, key, List.of(hits)));
    }

    @Test
    void eachHitIsRecordedOnceAndHitsOnNoRuleAreDropped() {
        int recorded = report("node-key", new Hit(ALICE, rule.value()), new Hit(ALICE, rule.value()), new Hit(ALICE, 0),
                new Hit(ALICE, -3));

        assertThat(recorded).isEqualTo(1);
        assertThat(fakes.hitRows).containsExactly(new DetectRules.Hit(ALICE, rule));
    }

    @Test
    void hitsNamingAnUnknownUserOrRuleAreNotCounted() {
        assertThat(report("node-key", new Hit(UserId.of(99), rule.value()), new Hit(ALICE, 42))).isZero();
        assertThat(fakes.hitRows).isEmpty();
    }

    @Test
    void aWrongKeyIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> report("wrong", new Hit(ALICE, rule.value()))).isInstanceOf(Refusal.class);
        assertThat(fakes.hitRows).isEmpty();
    }
}
