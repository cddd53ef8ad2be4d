package spanel.application.job.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every job with its schedule, last and next run: {@code ./spanel jobs}. */
public interface ListJobs {

    List<JobStatus> list();

    /**
     * {@code lastBoundary} is empty for a job that never ran; {@code nextRun} is the next boundary to
     * run (in the past when it is overdue: the runner takes it on its next tick).
     */
    record JobStatus(String job, String schedule, Optional<Instant> lastBoundary, Optional<Instant> lastFinished,
            Instant nextRun, long failures, Optional<String> lastError) {
    }
}
