package spanel.application.job;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import spanel.domain.job.Schedule;

/**
 * A job the runner runs once per boundary of its schedule, on whichever instance claims the
 * boundary first. Its work runs inside the claim's transaction: a failure takes back the work and
 * the claim together, so the boundary is tried again on the next tick. A job whose work waits on
 * the outside world (a gateway) runs outside it instead ({@code inClaimTransaction} false): the
 * claim commits first, the work opens its own transactions, and a failed run is not tried again
 * for that boundary (the next one covers it).
 *
 * @param name stable, used as the claim's key and in logs, metrics and {@code ./spanel jobs}
 * @param runsEveryMissedBoundary whether each missed boundary runs on its own after downtime (a
 *        daily reset: three days down, three runs, in order); a sweep whose latest run covers
 *        everything missed has false, and its missed boundaries run as one, at the latest
 * @param inClaimTransaction whether the work runs in the claim's transaction
 */
public record ScheduledJob(String name, Schedule schedule, boolean runsEveryMissedBoundary, boolean inClaimTransaction,
        Work work) {

    /** Does the work for one boundary and says what it did, in a few words for the log. */
    @FunctionalInterface
    public interface Work {
        String run(JobRun run);
    }

    public ScheduledJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(work, "work");
    }

    /** A job whose work runs in the claim's transaction. */
    public ScheduledJob(String name, Schedule schedule, boolean runsEveryMissedBoundary, Work work) {
        this(name, schedule, runsEveryMissedBoundary, true, work);
    }

    /** At 00:00 in {@code zone} every day; after downtime, every missed day runs, in order. */
    public static ScheduledJob daily(String name, ZoneId zone, Work work) {
        return new ScheduledJob(name, Schedule.daily(zone), true, work);
    }

    /** A sweep every {@code period}; after downtime, one run covers the missed ones. */
    public static ScheduledJob sweep(String name, Duration period, Work work) {
        return new ScheduledJob(name, Schedule.every(period), false, work);
    }

    /** A sweep every {@code period} whose work runs outside the claim's transaction, opening its own. */
    public static ScheduledJob sweepOutsideTransaction(String name, Duration period, Work work) {
        return new ScheduledJob(name, Schedule.every(period), false, false, work);
    }

    public String run(JobRun run) {
        return work.run(run);
    }
}
