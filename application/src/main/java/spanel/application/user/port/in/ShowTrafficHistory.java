package spanel.application.user.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import spanel.domain.user.UserId;

/**
 * A user's traffic per day and per node over the last {@code days} days (today included), days in
 * TIMEZONE, oldest first, every day present: the hourly log for recent days and the daily rows it
 * is rolled up into after a week, so the range reads the same before and after a roll-up.
 */
public interface ShowTrafficHistory {

    int MAX_DAYS = 90;

    History show(Query query);

    record Query(UserId user, int days) {
        public Query {
            Objects.requireNonNull(user, "user");
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days is from 1 to " + MAX_DAYS);
            }
        }
    }

    /** Bytes up and down as the nodes reported them, and what they counted against the quota (after the node's rate). */
    record Bytes(long u, long d, long billed) {
        public static final Bytes ZERO = new Bytes(0, 0, 0);

        public Bytes plus(Bytes other) {
            return new Bytes(Math.addExact(u, other.u), Math.addExact(d, other.d), Math.addExact(billed, other.billed));
        }
    }

    record NodeBytes(long nodeId, Bytes bytes) {
    }

    /** One day: its total, and per node (ordered by node id) those the user used that day. */
    record Day(LocalDate date, Bytes total, List<NodeBytes> nodes) {
    }

    record History(List<Day> days) {
    }
}
