package spanel.application.plan;

import java.time.Duration;
import java.time.ZoneId;
import spanel.application.job.ScheduledJob;
import spanel.application.plan.port.out.PlanLifecycle;
import spanel.domain.job.Schedule;

/** The jobs that move plans through time. */
public final class PlanJobs {

    private PlanJobs() {
    }

    /**
     * The monthly traffic reset: every day at 00:00 in TIMEZONE, the users whose reset day is that
     * date (clamped to the month's last day) start a new period. Each missed day runs on its own.
     */
    public static ScheduledJob trafficReset(PlanLifecycle plans, ZoneId zone) {
        Schedule.Daily days = new Schedule.Daily(zone);
        return ScheduledJob.daily("traffic-reset", zone, run -> {
            int reset = plans.resetTraffic(days.dateOf(run.boundary()), run.boundary(), run.startedAt());
            return reset + " user(s) reset for " + days.dateOf(run.boundary());
        });
    }

    /**
     * Class and account expiry, every minute: a class whose expiry passed falls to DEFAULT_CLASS
     * (its monthly reset stops; traffic used and quota stay as they are); an account that expired
     * is only counted: nothing is deleted, it is simply no longer served to nodes.
     */
    public static ScheduledJob expiry(PlanLifecycle plans, int defaultClass) {
        return ScheduledJob.sweep("plan-expiry", Duration.ofMinutes(1), run -> {
            int classes = plans.dropExpiredClasses(run.boundary(), defaultClass);
            int accounts = plans.countAccountsExpired(run.previous(), run.boundary());
            return classes + " class(es) fell to " + defaultClass + ", " + accounts + " account(s) expired (kept)";
        });
    }
}
