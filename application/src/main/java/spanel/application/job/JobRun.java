package spanel.application.job;

import java.time.Instant;
import java.util.Objects;

/** One run of a job: the boundary it belongs to, the boundary run before it, and the time it started. */
public record JobRun(Instant previous, Instant boundary, Instant startedAt) {

    public JobRun {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(startedAt, "startedAt");
        if (!previous.isBefore(boundary)) {
            throw new IllegalArgumentException("a run's boundary comes after the previous one");
        }
    }
}
