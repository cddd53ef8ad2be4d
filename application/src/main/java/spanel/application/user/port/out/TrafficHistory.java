package spanel.application.user.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import spanel.domain.user.UserId;

/** A user's rows of the traffic log: the hourly rows not yet rolled up, and the daily ones. */
public interface TrafficHistory {

    record HourRow(Instant hourStart, long nodeId, long u, long d, long billed) {
    }

    record DayRow(LocalDate day, long nodeId, long u, long d, long billed) {
    }

    /** The user's hourly rows with {@code from <= hour_start < to}. */
    List<HourRow> hoursOf(UserId user, Instant from, Instant to);

    /** The user's daily rows with {@code from <= day <= to}. */
    List<DayRow> daysOf(UserId user, LocalDate from, LocalDate to);
}
