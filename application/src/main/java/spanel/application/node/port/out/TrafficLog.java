package spanel.application.node.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The traffic log's upkeep: hourly rows rolled up into daily ones, old rows pruned. */
public interface TrafficLog {

    /** The earliest hour still logged hourly before {@code before}, if any. */
    Optional<Instant> earliestHourBefore(Instant before);

    /** Adds the hourly rows from {@code from} (included) to {@code to} (excluded) into {@code day}'s rows, and deletes them. */
    int rollUp(LocalDate day, Instant from, Instant to);

    /** Deletes daily rows before {@code day} and hourly rows before {@code hour}. */
    int prune(LocalDate day, Instant hour);
}
