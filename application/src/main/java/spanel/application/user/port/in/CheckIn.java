package spanel.application.user.port.in;

/**
 * A user checks in for the day and gets a random traffic bonus, once per calendar day in the
 * configured time zone, however many requests race.
 */
public interface CheckIn {

    CheckedIn checkIn(CheckInCommand command);
}
