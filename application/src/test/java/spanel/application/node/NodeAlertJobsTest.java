package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.job.JobRun;
import spanel.application.node.port.out.AlertWebhook;
import spanel.application.node.port.out.NodeAlert;
import spanel.application.node.port.out.NodeAlerts;
import spanel.application.node.port.out.NodeSilence;
import spanel.domain.node.NodeId;

/** The two jobs behind node alerts, on in-memory ports: what is raised, and how delivery stops at a receiver that is down. */
class NodeAlertJobsTest {

    private static final Instant BOUNDARY = Instant.parse("2030-01-01T10:00:00Z");
    private static final JobRun RUN = new JobRun(BOUNDARY.minusSeconds(60), BOUNDARY, BOUNDARY.plusSeconds(1));

    /** Alerts in a list, delivered when claimed; the claim is the list's own check. */
    private static final class ListedAlerts implements NodeAlerts {
        final List<NodeAlert> raised = new ArrayList<>();
        final List<Long> claimed = new ArrayList<>();
        final List<Long> failed = new ArrayList<>();

        @Override
        public void raise(NodeAlert alert) {
            raised.add(alert);
        }

        @Override
        public List<Pending> undelivered(int limit) {
            List<Pending> pending = new ArrayList<>();
            for (int id = 0; id < raised.size() && pending.size() < limit; id++) {
                if (!claimed.contains((long) id)) {
                    pending.add(new Pending(id, "node-" + raised.get(id).node().value(), raised.get(id)));
                }
            }
            return pending;
        }

        @Override
        public boolean claim(long alertId, Instant at) {
            return !claimed.contains(alertId) && claimed.add(alertId);
        }

        @Override
        public void attemptFailed(long alertId, String reason) {
            claimed.remove(alertId);
            failed.add(alertId);
        }
    }

    private static NodeAlert down(long node) {
        return new NodeAlert(NodeId.of(node), NodeAlert.State.DOWN, BOUNDARY, BOUNDARY, Duration.ofMinutes(6));
    }

    @Test
    void eachNodeThatWentDownOrCameBackRaisesOneAlert() {
        ListedAlerts alerts = new ListedAlerts();
        NodeSilence silence = (heardBefore, at) -> new NodeSilence.Changes(
                List.of(new NodeSilence.WentDown(NodeId.of(1), at, at.minusSeconds(400))),
                List.of(new NodeSilence.CameBack(NodeId.of(2), at.minusSeconds(3_600), at)));

        String outcome = NodeJobs.silence(silence, Duration.ofSeconds(300), Optional.of(alerts)).run(RUN);

        assertThat(outcome).isEqualTo("1 node(s) down, 1 back");
        assertThat(alerts.raised).containsExactly(
                new NodeAlert(NodeId.of(1), NodeAlert.State.DOWN, BOUNDARY, BOUNDARY, Duration.ofSeconds(400)),
                new NodeAlert(NodeId.of(2), NodeAlert.State.UP, BOUNDARY.minusSeconds(3_600), BOUNDARY, Duration.ofHours(1)));
    }

    @Test
    void aReceiverThatIsDownIsTriedOncePerRunAndTheRestWait() {
        ListedAlerts alerts = new ListedAlerts();
        alerts.raise(down(1));
        alerts.raise(down(2));
        List<Long> tried = new ArrayList<>();
        AlertWebhook refusing = alert -> {
            tried.add(alert.id());
            throw new AlertWebhook.AlertNotDelivered("connection refused");
        };

        String outcome = NodeJobs.alerts(alerts, refusing, new DirectTransactionRunner()).run(RUN);

        assertThat(tried).containsExactly(0L);
        assertThat(alerts.failed).containsExactly(0L);
        assertThat(alerts.undelivered(10)).hasSize(2);
        assertThat(outcome).contains("0 alert(s) delivered", "not delivered", "connection refused");
    }

    @Test
    void anAlertClaimedElsewhereIsNotSentAgain() {
        ListedAlerts alerts = new ListedAlerts();
        alerts.raise(down(1));
        alerts.raise(down(2));
        List<NodeAlerts.Pending> seenByBoth = alerts.undelivered(10);
        alerts.claim(0, BOUNDARY);
        List<Long> sent = new ArrayList<>();
        NodeAlerts racing = new NodeAlerts() {
            @Override
            public void raise(NodeAlert alert) {
                alerts.raise(alert);
            }

            @Override
            public List<Pending> undelivered(int limit) {
                return seenByBoth;
            }

            @Override
            public boolean claim(long alertId, Instant at) {
                return alerts.claim(alertId, at);
            }

            @Override
            public void attemptFailed(long alertId, String reason) {
                alerts.attemptFailed(alertId, reason);
            }
        };

        String outcome = NodeJobs.alerts(racing, alert -> sent.add(alert.id()), new DirectTransactionRunner()).run(RUN);

        assertThat(sent).containsExactly(1L);
        assertThat(outcome).isEqualTo("1 alert(s) delivered");
    }
}
