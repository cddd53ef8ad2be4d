package spanel.application.job.port.in;

import java.time.Instant;
import java.util.List;

/** Runs every boundary that is due and not yet run, job by job, in order. Every instance calls it on a timer. */
public interface RunDueJobs {

    JobsRun runDue();

    /** What one call did: the runs this instance made, and the failures it met. */
    record JobsRun(List<Ran> ran, List<Failed> failed) {

        public JobsRun {
            ran = List.copyOf(ran);
            failed = List.copyOf(failed);
        }
    }

    record Ran(String job, Instant boundary, String outcome) {
    }

    /** A failed run: taken back whole, tried again on the next call; the jobs after it still ran. */
    record Failed(String job, Instant boundary, RuntimeException error) {
    }
}
