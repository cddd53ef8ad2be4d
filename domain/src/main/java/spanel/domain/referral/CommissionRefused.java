package spanel.domain.referral;

import spanel.domain.error.Refusal;

/** Why commission cannot move: too little of it (409 insufficient_commission), or a withdrawal already decided. */
public final class CommissionRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    private CommissionRefused(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }

    public static CommissionRefused insufficient(String message) {
        return new CommissionRefused("insufficient_commission", message);
    }

    public static CommissionRefused alreadyDecided(Withdrawal withdrawal) {
        return new CommissionRefused("already_decided", "withdrawal " + withdrawal.id() + " is " + withdrawal.status().wire() + " already");
    }
}
