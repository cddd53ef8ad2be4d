package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODE_ALERTS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.job.JooqJobLedger;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.domain.common.MovableClock;
import spanel.application.common.CountingMeters;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.RunDueJobs.JobsRun;
import spanel.application.node.NodeJobs;
import spanel.application.node.port.out.AlertWebhook;
import spanel.application.node.port.out.NodeAlert;
import spanel.application.node.port.out.NodeAlerts;
import spanel.domain.node.NodeId;

/**
 * Node-down alerts on the real databases: the node-silence job raises one alert per incident and
 * state, the node-alerts job delivers each exactly once, also to runners that race for it, and an
 * alert the receiver did not take is delivered on a later run. The class shares one schema, so each
 * test uses its own years and looks only at its own nodes.
 */
class NodeAlertsOnDatabaseTest extends PersistenceContractTest {

    /** The receiver: what it took, and whether it takes anything at the moment. */
    private static final class Receiver implements AlertWebhook {
        final List<NodeAlerts.Pending> took = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public void deliver(NodeAlerts.Pending alert) {
            if (down.get()) {
                throw new AlertNotDelivered("the receiver is down");
            }
            took.add(alert);
        }

        List<NodeAlert> alertsFor(long node) {
            synchronized (took) {
                return took.stream().map(NodeAlerts.Pending::alert).filter(a -> a.node().value() == node).toList();
            }
        }
    }

    private final Receiver receiver = new Receiver();

    /** One receiver serves the class on both databases: each test starts with it empty and up. */
    @BeforeEach
    void receiverEmptyAndUp() {
        receiver.took.clear();
        receiver.down.set(false);
    }

    private List<ScheduledJob> jobs() {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        JooqNodeAlerts alerts = new JooqNodeAlerts(dsl());
        ScheduledJob silence = NodeJobs.silence(new JooqNodeSilence(dsl()), Duration.ofSeconds(300), Optional.of(alerts));
        ScheduledJob delivery = NodeJobs.alerts(alerts, receiver, transactions());
        return List.of(renamed(silence, suffix), renamed(delivery, suffix));
    }

    private static ScheduledJob renamed(ScheduledJob job, String suffix) {
        return new ScheduledJob(job.name() + suffix, job.schedule(), job.runsEveryMissedBoundary(), job.work());
    }

    private RunDueJobsService runner(MovableClock clock, List<ScheduledJob> jobs) {
        return new RunDueJobsService(jobs, new JooqJobLedger(dsl()), transactions(), new CountingMeters(), clock);
    }

    private static JobsRun ran(RunDueJobsService runner) {
        JobsRun run = runner.runDue();
        assertThat(run.failed()).as("failed runs").isEmpty();
        return run;
    }

    private long nodeLastHeardAt(Instant heard) {
        var node = Seed.node(dsl(), "1.0");
        node.setNodeHeartbeat(Times.utc(heard));
        return Seed.insert(node);
    }

    private void heardFrom(long node, Instant at) {
        new JooqNodeRegistry(dsl()).touchHeartbeat(NodeId.of(node), at);
    }

    @Test
    void aSilentNodeIsAlertedOnceAndOnceMoreWhenItCallsInAgain() {
        Instant now = Instant.parse("2041-03-01T10:00:00Z");
        long silent = nodeLastHeardAt(now.minusSeconds(301));
        long alive = nodeLastHeardAt(now.minusSeconds(10));
        MovableClock clock = new MovableClock(now);
        RunDueJobsService runner = runner(clock, jobs());

        ran(runner);

        assertThat(receiver.alertsFor(silent)).singleElement().satisfies(down -> {
            assertThat(down.state()).isEqualTo(NodeAlert.State.DOWN);
            assertThat(down.since()).isEqualTo(now);
            assertThat(down.duration()).as("silent for").isEqualTo(Duration.ofSeconds(301));
        });
        assertThat(receiver.alertsFor(alive)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        assertThat(receiver.alertsFor(silent)).as("still the same incident").hasSize(1);

        heardFrom(silent, clock.instant());
        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(receiver.alertsFor(silent)).hasSize(2).last().satisfies(up -> {
            assertThat(up.state()).isEqualTo(NodeAlert.State.UP);
            assertThat(up.downSince()).isEqualTo(now);
            assertThat(up.since()).isEqualTo(now.plus(Duration.ofMinutes(2)));
            assertThat(up.duration()).as("down for").isEqualTo(Duration.ofMinutes(2));
        });
    }

    @Test
    void anAlertTheReceiverDidNotTakeIsDeliveredOnALaterRun() {
        Instant now = Instant.parse("2042-03-01T10:00:00Z");
        long silent = nodeLastHeardAt(now.minusSeconds(600));
        MovableClock clock = new MovableClock(now);
        RunDueJobsService runner = runner(clock, jobs());
        receiver.down.set(true);

        JobsRun failed = ran(runner);

        assertThat(failed.ran()).anySatisfy(run -> assertThat(run.outcome()).contains("not delivered"));
        assertThat(dsl().fetchValue(NODE_ALERTS.ATTEMPTS, NODE_ALERTS.NODE_ID.eq(silent))).isEqualTo(1);
        assertThat(dsl().fetchValue(NODE_ALERTS.SENT_AT, NODE_ALERTS.NODE_ID.eq(silent))).as("its claim taken back").isNull();
        assertThat(dsl().fetchValue(NODE_ALERTS.LAST_ERROR, NODE_ALERTS.NODE_ID.eq(silent))).contains("down");

        receiver.down.set(false);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(receiver.alertsFor(silent)).singleElement()
                .satisfies(down -> assertThat(down.state()).isEqualTo(NodeAlert.State.DOWN));
        assertThat(dsl().fetchValue(NODE_ALERTS.SENT_AT, NODE_ALERTS.NODE_ID.eq(silent))).isNotNull();
    }

    @Test
    void runnersRacingForTheSameAlertsDeliverEachOnce() throws Exception {
        Instant now = Instant.parse("2043-03-01T10:00:00Z");
        List<Long> silent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            silent.add(nodeLastHeardAt(now.minusSeconds(900)));
        }
        MovableClock clock = new MovableClock(now);
        ran(runner(clock, List.of(jobs().get(0))));
        // Delivery jobs of different names: no job claim keeps them apart, only each alert's own.
        List<Callable<JobsRun>> runners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RunDueJobsService runner = runner(clock, List.of(jobs().get(1)));
            runners.add(runner::runDue);
        }

        Race.of(runners);

        for (long node : silent) {
            assertThat(receiver.alertsFor(node)).as("node " + node).hasSize(1);
        }
    }

    @Test
    void raisingAnIncidentsAlertTwiceKeepsOne() {
        Instant downSince = Instant.parse("2044-03-01T10:00:00Z");
        long node = nodeLastHeardAt(downSince.minusSeconds(400));
        JooqNodeAlerts alerts = new JooqNodeAlerts(dsl());
        NodeAlert down = new NodeAlert(NodeId.of(node), NodeAlert.State.DOWN, downSince, downSince, Duration.ofSeconds(400));

        alerts.raise(down);
        alerts.raise(down);

        assertThat(dsl().fetchCount(NODE_ALERTS, NODE_ALERTS.NODE_ID.eq(node))).isEqualTo(1);
    }
}
