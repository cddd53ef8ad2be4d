package spanel.application.payment.port.out;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.payment.OrderId;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;

/** The plan a checkout's order buys once it is paid; a plain top-up order has none. */
public interface OrderPlans {

    void attach(OrderId order, PlanOnOrder plan);

    Optional<PlanOnOrder> planOf(OrderId order);

    /** Notes the purchase the payment made. */
    void bought(OrderId order, PurchaseId purchase);

    /** The product and the coupon code (normalised) chosen at checkout. */
    record PlanOnOrder(ProductId product, Optional<String> coupon) {
        public PlanOnOrder {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(coupon, "coupon");
        }
    }
}
