package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.ORDER_PLANS;

import java.util.Optional;
import org.jooq.DSLContext;
import spanel.application.payment.port.out.OrderPlans;
import spanel.domain.payment.OrderId;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;

public final class JooqOrderPlans implements OrderPlans {

    private final DSLContext dsl;

    public JooqOrderPlans(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void attach(OrderId order, PlanOnOrder plan) {
        dsl.insertInto(ORDER_PLANS)
                .set(ORDER_PLANS.ORDER_ID, order.value())
                .set(ORDER_PLANS.PRODUCT_ID, plan.product().value())
                .set(ORDER_PLANS.COUPON, plan.coupon().orElse(null))
                .execute();
    }

    @Override
    public Optional<PlanOnOrder> planOf(OrderId order) {
        return dsl.select(ORDER_PLANS.PRODUCT_ID, ORDER_PLANS.COUPON).from(ORDER_PLANS)
                .where(ORDER_PLANS.ORDER_ID.eq(order.value()))
                .fetchOptional(row -> new PlanOnOrder(ProductId.of(row.value1()), Optional.ofNullable(row.value2())));
    }

    @Override
    public void bought(OrderId order, PurchaseId purchase) {
        dsl.update(ORDER_PLANS).set(ORDER_PLANS.PURCHASE_ID, purchase.value())
                .where(ORDER_PLANS.ORDER_ID.eq(order.value())).execute();
    }
}
