package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import spanel.application.job.JobRun;
import spanel.application.node.port.out.NodeSilence;
import spanel.application.notice.port.out.Notice;
import spanel.domain.node.NodeId;
import spanel.domain.notice.NoticeEvent;

/** The node-silence job on in-memory ports: each node that went down or came back raises one operators' notice, naming it. */
class NodeAlertJobsTest {

    private static final Instant BOUNDARY = Instant.parse("2030-01-01T10:00:00Z");
    private static final JobRun RUN = new JobRun(BOUNDARY.minusSeconds(60), BOUNDARY, BOUNDARY.plusSeconds(1));

    @Test
    void eachNodeThatWentDownOrCameBackRaisesOneNoticeWithItsName() {
        List<Notice> raised = new ArrayList<>();
        NodeSilence silence = (heardBefore, at) -> new NodeSilence.Changes(
                List.of(new NodeSilence.WentDown(NodeId.of(1), "hk-1", at, at.minusSeconds(400))),
                List.of(new NodeSilence.CameBack(NodeId.of(2), "jp <2>", at.minusSeconds(3_600), at)));

        String outcome = NodeJobs.silence(silence, Duration.ofSeconds(300), raised::add).run(RUN);

        assertThat(outcome).isEqualTo("1 node(s) down, 1 back");
        assertThat(raised).hasSize(2);
        assertThat(raised.get(0)).satisfies(down -> {
            assertThat(down.event()).isEqualTo(NoticeEvent.NODE_DOWN);
            assertThat(down.user()).as("to the operators").isEmpty();
            assertThat(down.boundary()).isEqualTo("node:1:" + BOUNDARY.getEpochSecond());
            assertThat(down.values()).containsEntry("node_id", "1").containsEntry("node_name", "hk-1")
                    .containsEntry("state", "down").containsEntry("since", BOUNDARY.toString())
                    .containsEntry("down_since", BOUNDARY.toString()).containsEntry("duration_seconds", "400");
        });
        assertThat(raised.get(1)).satisfies(up -> {
            assertThat(up.event()).isEqualTo(NoticeEvent.NODE_UP);
            assertThat(up.boundary()).isEqualTo("node:2:" + BOUNDARY.minusSeconds(3_600).getEpochSecond());
            assertThat(up.values()).containsEntry("node_name", "jp <2>").containsEntry("state", "up")
                    .containsEntry("down_since", BOUNDARY.minusSeconds(3_600).toString())
                    .containsEntry("duration_seconds", "3600");
        });
    }
}
