package spanel.application.node;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.job.ScheduledJob;
import spanel.application.node.port.out.AlertWebhook;
import spanel.application.node.port.out.NodeAlert;
import spanel.application.node.port.out.NodeAlerts;
import spanel.application.node.port.out.NodeSilence;
import spanel.application.node.port.out.TrafficLog;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.domain.job.Schedule;
import spanel.domain.notice.NoticeEvent;

/** The jobs that look after nodes and their traffic log. */
public final class NodeJobs {

    /** Days the traffic log is kept by the hour. */
    public static final int HOURLY_DAYS = 7;

    private NodeJobs() {
    }

    /** Alerts delivered per run at most; the rest wait for the next run. */
    public static final int ALERTS_PER_RUN = 100;

    /**
     * Every minute: a node not heard from for NODE_DOWN_AFTER is marked down and counted; one that
     * calls in again is up. With {@code alerts}, each change raises an alert in the same
     * transaction, so an incident is alerted once per state.
     */
    public static ScheduledJob silence(NodeSilence nodes, Duration downAfter, Optional<NodeAlerts> alerts) {
        return silence(nodes, downAfter, alerts, Notices.none());
    }

    /**
     * As above, and each change also raises "node down" or "node up" to the operators through the
     * outbox, in the same transaction, once per node, state and incident.
     */
    public static ScheduledJob silence(NodeSilence nodes, Duration downAfter, Optional<NodeAlerts> alerts, Notices notices) {
        return ScheduledJob.sweep("node-silence", Duration.ofMinutes(1), run -> {
            NodeSilence.Changes changes = nodes.mark(run.boundary().minus(downAfter), run.boundary());
            alerts.ifPresent(raised -> {
                changes.down().forEach(down -> raised.raise(NodeAlert.of(down)));
                changes.back().forEach(back -> raised.raise(NodeAlert.of(back)));
            });
            changes.down().forEach(down -> notices.raise(notice(NoticeEvent.NODE_DOWN, NodeAlert.of(down))));
            changes.back().forEach(back -> notices.raise(notice(NoticeEvent.NODE_UP, NodeAlert.of(back))));
            return changes.down().size() + " node(s) down, " + changes.back().size() + " back";
        });
    }

    private static Notice notice(NoticeEvent event, NodeAlert alert) {
        return Notice.toOperators(event, "node:" + alert.node().value() + ":" + alert.downSince().getEpochSecond(), Map.of(
                "node_id", Long.toString(alert.node().value()), "since", alert.since().toString(),
                "down_since", alert.downSince().toString(), "duration_seconds", Long.toString(alert.duration().toSeconds())));
    }

    /**
     * Every minute: the undelivered alerts go to the webhook, oldest first. Each is claimed by a
     * guarded update in a transaction of its own (a savepoint of the run's), so it is delivered by
     * one runner only, and a failed delivery takes its claim back and leaves it for the next run.
     * The first failure ends the run: a receiver that is down costs one timeout a minute.
     */
    public static ScheduledJob alerts(NodeAlerts alerts, AlertWebhook webhook, TransactionRunner transactions) {
        return ScheduledJob.sweep("node-alerts", Duration.ofMinutes(1), run -> {
            int delivered = 0;
            for (NodeAlerts.Pending pending : alerts.undelivered(ALERTS_PER_RUN)) {
                try {
                    boolean claimed = transactions.inTransaction(() -> {
                        if (!alerts.claim(pending.id(), run.startedAt())) {
                            return false;
                        }
                        webhook.deliver(pending);
                        return true;
                    });
                    delivered += claimed ? 1 : 0;
                } catch (AlertWebhook.AlertNotDelivered e) {
                    alerts.attemptFailed(pending.id(), e.getMessage());
                    return delivered + " alert(s) delivered; alert " + pending.id() + " not delivered, tried again next run: "
                            + e.getMessage();
                }
            }
            return delivered + " alert(s) delivered";
        });
    }

    /**
     * Every day at 00:00 in TIMEZONE: the log's hours older than {@value #HOURLY_DAYS} days are
     * rolled up into one row per user, node and day (days in TIMEZONE), and rows older than
     * {@code keepDays} (TRAFFIC_LOG_DAYS) are deleted. Each missed day runs on its own.
     */
    public static ScheduledJob trafficLog(TrafficLog log, ZoneId zone, int keepDays) {
        if (keepDays < 1) {
            throw new IllegalArgumentException("the log is kept at least a day");
        }
        Schedule.Daily days = new Schedule.Daily(zone);
        return ScheduledJob.daily("traffic-log", zone, run -> {
            LocalDate hourlySince = days.dateOf(run.boundary()).minusDays(HOURLY_DAYS);
            int rolled = 0;
            Optional<Instant> earliest = log.earliestHourBefore(days.startOf(hourlySince));
            if (earliest.isPresent()) {
                for (LocalDate day = days.dateOf(earliest.get()); day.isBefore(hourlySince); day = day.plusDays(1)) {
                    rolled += log.rollUp(day, days.startOf(day), days.startOf(day.plusDays(1)));
                }
            }
            LocalDate keepFrom = days.dateOf(run.boundary()).minusDays(keepDays);
            int pruned = log.prune(keepFrom, days.startOf(keepFrom));
            return rolled + " hourly row(s) rolled up, " + pruned + " row(s) older than " + keepDays + " days deleted";
        });
    }
}
