package spanel.application.payment.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.application.shop.port.in.BuyPlan;
import spanel.domain.money.Money;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * A user checks out a plan: bought at once when the balance covers the price, otherwise an order
 * for the rest with a gateway, and the plan is bought when that order is paid.
 */
public interface CheckOutPlan {

    CheckedOut checkOut(Command command);

    /** The coupon is normalised as when buying; the gateway is needed only when the balance falls short. */
    record Command(BuyPlan.Command purchase, Optional<String> gateway) {
        public Command {
            Objects.requireNonNull(purchase, "purchase");
            Objects.requireNonNull(gateway, "gateway");
        }

        public UserId buyer() {
            return purchase.buyer();
        }

        public ProductId productId() {
            return purchase.productId();
        }
    }

    /** Either bought now, or waiting for the payment of {@code amount}. */
    sealed interface CheckedOut permits Bought, AwaitingPayment {
    }

    record Bought(BuyPlan.PlanBought bought) implements CheckedOut {
    }

    record AwaitingPayment(TopUpOrder order, String paymentUrl, Money amount) implements CheckedOut {
    }
}
