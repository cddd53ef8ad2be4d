package spanel.domain.user;

import spanel.domain.error.Refusal;

/** An account with this email exists already: 409 email_taken. */
public final class EmailTaken extends Refusal {

    private static final long serialVersionUID = 1L;

    public EmailTaken() {
        super(Kind.CONFLICT, "email_taken", "an account with this email exists already");
    }
}
