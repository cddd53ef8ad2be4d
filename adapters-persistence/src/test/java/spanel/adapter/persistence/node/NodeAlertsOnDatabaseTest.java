package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_DELIVERIES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.job.JooqJobLedger;
import spanel.adapter.persistence.notice.JooqNoticePreferences;
import spanel.adapter.persistence.notice.JooqOutbox;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.common.CountingMeters;
import spanel.application.job.JobRun;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.RunDueJobs.JobsRun;
import spanel.application.node.NodeJobs;
import spanel.application.node.port.out.NodeSilence;
import spanel.application.notice.DeliverNoticesService;
import spanel.application.notice.OutboxNotices;
import spanel.application.notice.port.in.DeliverNotices;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.application.notice.port.out.NoticeSender;
import spanel.application.notice.port.out.NoticeTemplates;
import spanel.domain.common.MovableClock;
import spanel.domain.node.NodeId;
import spanel.domain.notice.Backoff;
import spanel.domain.notice.NoticeChannel;

/**
 * Node-down alerts on the real databases, through the outbox: the node-silence job raises one
 * notice per incident and state, with one ALERT_WEBHOOK_URL delivery; the delivery worker sends
 * each exactly once, also with workers racing for it, and an alert the receiver did not take is
 * sent again after the back-off. The class shares one schema, so each test uses its own years and
 * looks only at its own nodes.
 */
class NodeAlertsOnDatabaseTest extends PersistenceContractTest {

    private static final NoticeTemplates WORDS = (event, language, channel, values) ->
            new NoticeTemplates.Rendered(event.word(), values.toString());

    private static final NoticeMeter QUIET = new NoticeMeter() {
        @Override
        public void sent(NoticeChannel channel) {
        }

        @Override
        public void retried(NoticeChannel channel) {
        }

        @Override
        public void failed(NoticeChannel channel) {
        }
    };

    /** An alert as the receiver took it. */
    private record Alert(long node, String name, String state, Instant since, Instant downSince, Duration duration) {
    }

    /** The receiver: what it took, and whether it takes anything at the moment. */
    private static final class Receiver implements NoticeSender {
        final List<Alert> took = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public void send(Outgoing outgoing) {
            if (down.get()) {
                throw new NotDelivered("the receiver is down");
            }
            Map<String, String> values = outgoing.values();
            took.add(new Alert(Long.parseLong(values.get("node_id")), values.get("node_name"), values.get("state"),
                    Instant.parse(values.get("since")), Instant.parse(values.get("down_since")),
                    Duration.ofSeconds(Long.parseLong(values.get("duration_seconds")))));
        }

        List<Alert> alertsFor(long node) {
            synchronized (took) {
                return took.stream().filter(a -> a.node() == node).toList();
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

    private OutboxNotices notices(Clock clock) {
        return new OutboxNotices(new JooqOutbox(dsl()), new JooqNoticePreferences(dsl()), EnumSet.of(NoticeChannel.ALERT_WEBHOOK),
                clock);
    }

    private DeliverNotices worker(Clock clock) {
        return new DeliverNoticesService(new JooqOutbox(dsl()), WORDS, Map.of(NoticeChannel.ALERT_WEBHOOK, receiver),
                QUIET, Backoff.DEFAULT, Duration.ofMinutes(2), clock);
    }

    private ScheduledJob silence(Clock clock) {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        ScheduledJob job = NodeJobs.silence(new JooqNodeSilence(dsl()), Duration.ofSeconds(300), notices(clock));
        return new ScheduledJob(job.name() + suffix, job.schedule(), job.runsEveryMissedBoundary(), job.work());
    }

    private RunDueJobsService runner(MovableClock clock) {
        return new RunDueJobsService(List.of(silence(clock)), new JooqJobLedger(dsl()), transactions(), new CountingMeters(), clock);
    }

    /** One tick: the jobs due, then one pass of the delivery worker. */
    private void ran(RunDueJobsService runner, Clock clock) {
        JobsRun run = runner.runDue();
        assertThat(run.failed()).as("failed runs").isEmpty();
        worker(clock).deliverDue();
    }

    private long nodeLastHeardAt(Instant heard) {
        var node = Seed.node(dsl(), "1.0");
        node.setName("edge-" + UUID.randomUUID().toString().substring(0, 6));
        node.setNodeHeartbeat(Times.utc(heard));
        return Seed.insert(node);
    }

    private void heardFrom(long node, Instant at) {
        new JooqNodeRegistry(dsl()).touchHeartbeat(NodeId.of(node), at);
    }

    private String nameOf(long node) {
        return dsl().fetchValue("SELECT name FROM nodes WHERE id = " + node).toString();
    }

    private Condition alertDeliveryOf(long node) {
        return NOTICE_DELIVERIES.CHANNEL.eq("alert_webhook").and(NOTICE_DELIVERIES.NOTICE_ID.in(
                dsl().select(NOTICES.ID).from(NOTICES).where(NOTICES.USER_ID.eq(0L)).and(NOTICES.BOUNDARY.like("node:" + node + ":%"))));
    }

    @Test
    void aSilentNodeIsAlertedOnceAndOnceMoreWhenItCallsInAgain() {
        Instant now = Instant.parse("2041-03-01T10:00:00Z");
        long silent = nodeLastHeardAt(now.minusSeconds(301));
        long alive = nodeLastHeardAt(now.minusSeconds(10));
        MovableClock clock = new MovableClock(now);
        RunDueJobsService runner = runner(clock);

        ran(runner, clock);

        assertThat(receiver.alertsFor(silent)).singleElement().satisfies(down -> {
            assertThat(down.state()).isEqualTo("down");
            assertThat(down.name()).isEqualTo(nameOf(silent));
            assertThat(down.since()).isEqualTo(now);
            assertThat(down.duration()).as("silent for").isEqualTo(Duration.ofSeconds(301));
        });
        assertThat(receiver.alertsFor(alive)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        ran(runner, clock);
        assertThat(receiver.alertsFor(silent)).as("still the same incident").hasSize(1);

        heardFrom(silent, clock.instant());
        clock.advance(Duration.ofMinutes(1));
        ran(runner, clock);
        clock.advance(Duration.ofMinutes(1));
        ran(runner, clock);

        assertThat(receiver.alertsFor(silent)).hasSize(2).last().satisfies(up -> {
            assertThat(up.state()).isEqualTo("up");
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
        RunDueJobsService runner = runner(clock);
        receiver.down.set(true);

        ran(runner, clock);

        assertThat(dsl().fetchValue(NOTICE_DELIVERIES.ATTEMPTS, alertDeliveryOf(silent))).isEqualTo(1);
        assertThat(dsl().fetchValue(NOTICE_DELIVERIES.SENT_AT, alertDeliveryOf(silent))).as("not sent").isNull();
        assertThat(dsl().fetchValue(NOTICE_DELIVERIES.LAST_ERROR, alertDeliveryOf(silent))).contains("down");

        receiver.down.set(false);
        clock.advance(Duration.ofMinutes(1));
        ran(runner, clock);
        clock.advance(Duration.ofMinutes(1));
        ran(runner, clock);

        assertThat(receiver.alertsFor(silent)).singleElement().satisfies(down -> assertThat(down.state()).isEqualTo("down"));
        assertThat(dsl().fetchValue(NOTICE_DELIVERIES.SENT_AT, alertDeliveryOf(silent))).isNotNull();
    }

    @Test
    void workersRacingForTheSameAlertsDeliverEachOnce() throws Exception {
        Instant now = Instant.parse("2043-03-01T10:00:00Z");
        List<Long> silent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            silent.add(nodeLastHeardAt(now.minusSeconds(900)));
        }
        MovableClock clock = new MovableClock(now);
        assertThat(runner(clock).runDue().failed()).isEmpty();
        List<Callable<DeliverNotices.Delivered>> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(worker(clock)::deliverDue);
        }

        Race.of(workers);

        for (long node : silent) {
            assertThat(receiver.alertsFor(node)).as("node " + node).hasSize(1);
        }
    }

    @Test
    void raisingAnIncidentsAlertTwiceKeepsOne() {
        Instant downSince = Instant.parse("2044-03-01T10:00:00Z");
        long node = nodeLastHeardAt(downSince.minusSeconds(400));
        MovableClock clock = new MovableClock(downSince);
        ScheduledJob silence = NodeJobs.silence((heardBefore, at) -> new NodeSilence.Changes(
                List.of(new NodeSilence.WentDown(NodeId.of(node), "n", at, heardBefore)), List.of()),
                Duration.ofSeconds(300), notices(clock));
        JobRun run = new JobRun(downSince.minusSeconds(60), downSince, downSince);

        transactions().inTransaction(() -> silence.run(run));
        transactions().inTransaction(() -> silence.run(run));

        assertThat(dsl().fetchCount(NOTICE_DELIVERIES, alertDeliveryOf(node))).isEqualTo(1);
    }
}
