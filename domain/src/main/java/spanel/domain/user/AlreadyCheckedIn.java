package spanel.domain.user;

import java.time.LocalDate;
import spanel.domain.error.Refusal;

/** The user has checked in on this calendar day already: 409 already_checked_in. */
public final class AlreadyCheckedIn extends Refusal {

    private static final long serialVersionUID = 1L;

    public AlreadyCheckedIn(LocalDate day) {
        super(Kind.CONFLICT, "already_checked_in", "already checked in on " + day + "; come back tomorrow");
    }
}
