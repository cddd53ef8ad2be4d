package spanel.application.node;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import spanel.application.job.ScheduledJob;
import spanel.application.node.port.out.NodeAlert;
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

    /**
     * Every minute: a node not heard from for NODE_DOWN_AFTER is marked down and counted; one that
     * calls in again is up. Each change raises "node down" or "node up" to the operators through the
     * outbox, in the same transaction, once per node, state and incident; the outbox delivers it to
     * each admin, NOTIFY_WEBHOOK_URL and ALERT_WEBHOOK_URL.
     */
    public static ScheduledJob silence(NodeSilence nodes, Duration downAfter, Notices notices) {
        return ScheduledJob.sweep("node-silence", Duration.ofMinutes(1), run -> {
            NodeSilence.Changes changes = nodes.mark(run.boundary().minus(downAfter), run.boundary());
            changes.down().forEach(down -> notices.raise(notice(NoticeEvent.NODE_DOWN, NodeAlert.of(down))));
            changes.back().forEach(back -> notices.raise(notice(NoticeEvent.NODE_UP, NodeAlert.of(back))));
            return changes.down().size() + " node(s) down, " + changes.back().size() + " back";
        });
    }

    /** The values of a node notice: what its templates show, and what the alert webhook's body is made of. */
    static Notice notice(NoticeEvent event, NodeAlert alert) {
        return Notice.toOperators(event, "node:" + alert.node().value() + ":" + alert.downSince().getEpochSecond(), Map.of(
                "node_id", Long.toString(alert.node().value()), "node_name", alert.name(), "state", alert.state().word(),
                "since", alert.since().toString(), "down_since", alert.downSince().toString(),
                "duration_seconds", Long.toString(alert.duration().toSeconds())));
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
