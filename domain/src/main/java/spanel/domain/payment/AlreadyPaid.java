package spanel.domain.payment;

import spanel.domain.error.Refusal;

/** The order was paid before: 409 already_paid. */
public final class AlreadyPaid extends Refusal {

    private static final long serialVersionUID = 1L;

    public AlreadyPaid(String message) {
        super(Kind.CONFLICT, "already_paid", message);
    }
}
