package spanel.application.job.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which boundary each job has run up to, shared by every instance through the database. */
public interface JobLedger {

    /** The last boundary the job ran; a job never run before is recorded as having run {@code initial}. */
    Instant lastBoundary(String job, Instant initial);

    /**
     * Claims {@code next} for the job, when its last boundary is still {@code last}: a guarded
     * update, in the caller's transaction, so of any number of instances exactly one claims it (the
     * others wait for the claimer's transaction, then find the boundary moved and claim nothing).
     */
    boolean claim(String job, Instant last, Instant next);

    /** Records a finished run (unique per job and boundary), in the claim's transaction. */
    void recordRun(String job, Instant boundary, Instant startedAt, Instant finishedAt, String outcome);

    /** Records a failed attempt, outside the failed transaction. */
    void recordFailure(String job, Instant at, String error);

    /** Deletes the recorded runs that finished before {@code before}; answers how many. */
    int pruneRunsBefore(Instant before);

    /** Every job that has a record, with its last run and failures. */
    List<JobRecord> records();

    record JobRecord(String job, Instant lastBoundary, Optional<Instant> lastFinished, long failures,
            Optional<String> lastError, Optional<Instant> lastErrorAt) {
    }
}
