package spanel.application.user.port.out;

import java.util.Optional;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

/** The day of the month a user's used traffic resets on, set by a plan with a monthly reset; empty without one. */
public interface TrafficResetDays {

    Optional<ResetDay> of(UserId user);
}
