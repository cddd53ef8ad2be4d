package spanel.application.referral.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** A user moves commission to their spendable balance: one guarded debit of the commission balance, a ledger row on each side. */
public interface TransferCommission {

    Transferred transfer(Command command);

    record Command(UserId user, Money amount) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(amount, "amount");
            if (amount.isZero()) {
                throw new IllegalArgumentException("amount: more than 0");
            }
        }
    }

    record Transferred(Money amount, Money commissionBalance, Money balance) {
    }
}
