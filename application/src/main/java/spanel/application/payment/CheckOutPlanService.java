package spanel.application.payment;

import java.util.Objects;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.payment.port.in.CheckOutPlan;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.out.OrderPlans;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.out.Products;
import spanel.application.shop.port.out.Purchases;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.shop.OutOfStock;
import spanel.domain.shop.Product;
import spanel.domain.shop.PurchaseLimitReached;

/**
 * The balance pays what it can: when it covers the price the plan is bought at once, through the
 * one purchase path; otherwise the stock, the purchase limit and the coupon are checked now, and an
 * order for the rest is opened with the plan attached, in one transaction. The purchase itself
 * happens when the order is paid ({@link TopUpCrediting}), where every check runs again.
 */
public final class CheckOutPlanService implements CheckOutPlan {

    /** What a checkout reads before it decides. */
    public record Reads(Products products, Purchases purchases, UserAccounts accounts, CheckCoupon checkCoupon) {
        public Reads {
            Objects.requireNonNull(products, "products");
            Objects.requireNonNull(purchases, "purchases");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(checkCoupon, "checkCoupon");
        }
    }

    private final Reads reads;
    private final BuyPlan buyPlan;
    private final CreateTopUpOrder createTopUp;
    private final OrderPlans plans;
    private final TransactionRunner transactions;

    public CheckOutPlanService(Reads reads, BuyPlan buyPlan, CreateTopUpOrder createTopUp, OrderPlans plans,
            TransactionRunner transactions) {
        this.reads = Objects.requireNonNull(reads);
        this.buyPlan = Objects.requireNonNull(buyPlan);
        this.createTopUp = Objects.requireNonNull(createTopUp);
        this.plans = Objects.requireNonNull(plans);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public CheckedOut checkOut(Command command) {
        Product product = reads.products().find(command.productId()).filter(p -> p.spec().enabled())
                .orElseThrow(() -> new NotFound("no product " + command.productId() + " is on sale"));
        Money price = command.purchase().couponCode()
                .map(code -> reads.checkCoupon().check(new CheckCoupon.Query(command.buyer(), code, product.id())).finalPrice())
                .orElse(product.spec().price());
        Money balance = reads.accounts().find(command.buyer())
                .orElseThrow(() -> new NotFound("no user " + command.buyer())).money();
        if (!balance.isLessThan(price)) {
            return new Bought(buyPlan.buy(command.purchase()));
        }
        requireBuyable(product, command);
        String gateway = command.gateway().orElseThrow(() -> new InvalidInput("gateway", "the balance of " + balance
                + " does not cover the price of " + price + ": name a gateway to pay the rest"));
        Money rest = price.minus(balance);
        return transactions.inTransaction(() -> {
            CreateTopUpOrder.TopUpCreated created = createTopUp.create(new CreateTopUpOrder.Command(command.buyer(), rest, gateway));
            plans.attach(created.order().id(), new OrderPlans.PlanOnOrder(product.id(), command.purchase().couponCode()));
            return new AwaitingPayment(created.order(), created.paymentUrl(), rest);
        });
    }

    /** The checks at order time; the purchase at payment repeats them under its locks. */
    private void requireBuyable(Product product, Command command) {
        var spec = product.spec();
        if (spec.stock().isPresent() && spec.stock().getAsInt() <= 0) {
            throw new OutOfStock(spec.name());
        }
        var limit = spec.content().purchaseLimit();
        if (limit.isPresent() && reads.purchases().countOf(command.buyer(), product.id()) >= limit.getAsInt()) {
            throw new PurchaseLimitReached(spec.name(), limit.getAsInt());
        }
    }
}
