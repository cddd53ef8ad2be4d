package spanel.domain.money;

import spanel.domain.error.Refusal;

/** A debit larger than the balance: 409 insufficient_balance. */
public final class InsufficientBalance extends Refusal {

    private static final long serialVersionUID = 1L;

    public InsufficientBalance(String message) {
        super(Kind.CONFLICT, "insufficient_balance", message);
    }
}
