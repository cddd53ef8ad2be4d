package spanel.application.user.port.out;

import java.time.Instant;
import java.time.LocalDate;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

/** Daily check-ins: one row per user and calendar day, unique in the database. */
public interface Checkins {

    /**
     * Records the user's check-in for {@code day}; false when they have one for that day already,
     * also when another request recorded it a moment ago (the unique row settles the race).
     */
    boolean record(UserId user, LocalDate day, Traffic bonus, Instant at);
}
