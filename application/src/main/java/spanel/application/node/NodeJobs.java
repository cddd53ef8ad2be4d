package spanel.application.node;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import spanel.application.job.ScheduledJob;
import spanel.application.node.port.out.NodeSilence;
import spanel.application.node.port.out.TrafficLog;
import spanel.domain.job.Schedule;

/** The jobs that look after nodes and their traffic log. */
public final class NodeJobs {

    /** Days the traffic log is kept by the hour. */
    public static final int HOURLY_DAYS = 7;

    private NodeJobs() {
    }

    /** Every minute: a node not heard from for NODE_DOWN_AFTER is marked down and counted; one that calls in again is up. */
    public static ScheduledJob silence(NodeSilence nodes, Duration downAfter) {
        return ScheduledJob.sweep("node-silence", Duration.ofMinutes(1), run -> {
            NodeSilence.Changes changes = nodes.mark(run.boundary().minus(downAfter), run.boundary());
            return changes.down() + " node(s) down, " + changes.back() + " back";
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
