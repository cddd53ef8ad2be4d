package spanel.application.job;

import java.time.Duration;
import spanel.application.job.port.out.JobLedger;

/** Daily, runs recorded more than {@value #KEEP_DAYS} days ago are deleted (each job's last run stays in its state row). */
public final class JobHistory {

    public static final int KEEP_DAYS = 30;

    private JobHistory() {
    }

    public static ScheduledJob prune(JobLedger ledger) {
        return ScheduledJob.sweep("job-history", Duration.ofDays(1), run ->
                ledger.pruneRunsBefore(run.boundary().minus(Duration.ofDays(KEEP_DAYS))) + " old run record(s) deleted");
    }
}
