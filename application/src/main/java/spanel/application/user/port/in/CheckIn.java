package spanel.application.user.port.in;

import java.time.LocalDate;
import java.util.Objects;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

/**
 * A user checks in for the day and gets a random traffic bonus, once per calendar day in the
 * configured time zone, however many requests race.
 */
public interface CheckIn {

    CheckedIn checkIn(Command command);

    record Command(UserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The calendar day checked in for, the bonus granted and the quota it left. */
    record CheckedIn(LocalDate day, Traffic bonus, Traffic transferEnable) {
    }
}
