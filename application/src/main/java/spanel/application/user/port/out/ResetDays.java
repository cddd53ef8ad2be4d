package spanel.application.user.port.out;

import java.util.Optional;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

/** The day of the month each user's used traffic goes back to 0, for those whose plan resets it. */
public interface ResetDays {

    Optional<ResetDay> of(UserId user);
}
