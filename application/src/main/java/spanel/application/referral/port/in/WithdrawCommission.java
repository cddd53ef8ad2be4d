package spanel.application.referral.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.referral.Withdrawal;
import spanel.domain.user.UserId;

/**
 * A user asks to be paid commission out: the amount leaves the commission balance at once (one
 * guarded debit), so it cannot also be transferred or withdrawn again; an admin then approves or
 * rejects the withdrawal.
 */
public interface WithdrawCommission {

    Withdrawal withdraw(Command command);

    record Command(UserId user, Money amount, String method, String account) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(amount, "amount");
            if (amount.isZero()) {
                throw new IllegalArgumentException("amount: more than 0");
            }
            method = Withdrawal.text("method", method, Withdrawal.MAX_METHOD);
            account = Withdrawal.text("account", account, Withdrawal.MAX_ACCOUNT);
        }
    }
}
