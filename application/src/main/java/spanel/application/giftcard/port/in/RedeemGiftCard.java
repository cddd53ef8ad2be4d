package spanel.application.giftcard.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.application.shop.port.in.BuyPlan.PlanBought;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/**
 * A user redeems a gift card's code: its amount goes to the balance, or its plan is bought for
 * them, in one transaction with the card's use and the ledger row, exactly once per use.
 */
public interface RedeemGiftCard {

    Redeemed redeem(Command command);

    /** The code as typed; its form is checked by the service (a malformed code is an unknown one). */
    record Command(UserId user, String code) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(code, "code");
        }
    }

    /** What the card credited: an amount to the balance, or (for a plan card) the plan bought. */
    record Redeemed(long giftCardId, Money credited, Optional<PlanBought> plan, Money balance) {
        public Redeemed {
            Objects.requireNonNull(credited, "credited");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(balance, "balance");
        }
    }
}
