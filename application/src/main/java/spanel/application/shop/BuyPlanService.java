package spanel.application.shop;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.out.Buyers;
import spanel.application.shop.port.out.CouponRedemptions;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.application.shop.port.out.PurchaseMeter;
import spanel.application.shop.port.out.Purchases;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.NotFound;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.OutOfStock;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.shop.Purchase;
import spanel.domain.shop.PurchaseId;
import spanel.domain.shop.PurchaseLimitReached;

/**
 * One purchase, one transaction. Every race is settled by a guarded write or a row lock in the
 * database, in the same order for every purchase (the buyer's row, then the product's, then the
 * coupon's), so two purchases never wait on each other in a circle:
 * <ol>
 *   <li>the debit: {@code money = money - paid WHERE money >= paid} (nothing to debit when free);</li>
 *   <li>the buyer's row, read under its lock: one user's purchases queue here, which also keeps
 *       the per-user coupon count and the product's per-user purchase limit exact;</li>
 *   <li>one unit of limited stock: {@code stock = stock - 1 WHERE stock > 0};</li>
 *   <li>one use of the coupon: {@code used_count + 1 WHERE used_count < total_limit};</li>
 *   <li>the entitlement, computed here from the locked row and the clock, written in one update,
 *       and the monthly reset day when the package has one;</li>
 *   <li>the purchase row, the coupon's redemption row, and the ledger row (when money moved).</li>
 * </ol>
 * Any refusal or failure on the way throws, and the transaction takes every write back. A purchase
 * is told to the meter once it has committed.
 */
public final class BuyPlanService implements BuyPlan {

    private final Checkout checkout;
    private final Products products;
    private final CouponRedemptions redemptions;
    private final Buyers buyers;
    private final Balances balances;
    private final Purchases purchases;
    private final TransactionRunner transactions;
    private final PurchaseMeter meter;
    private final Clock clock;
    private final ZoneId zone;
    private final Notices notices;

    /** The driven ports one purchase writes through. */
    public record Ports(Products products, Coupons coupons, CouponRedemptions redemptions, Buyers buyers,
            Balances balances, Purchases purchases) {

        public Ports {
            Objects.requireNonNull(products, "products");
            Objects.requireNonNull(coupons, "coupons");
            Objects.requireNonNull(redemptions, "redemptions");
            Objects.requireNonNull(buyers, "buyers");
            Objects.requireNonNull(balances, "balances");
            Objects.requireNonNull(purchases, "purchases");
        }
    }

    /** Reset days (a plan bought on the 31st resets on the 31st) are taken in {@code zone}, the panel's TIMEZONE. */
    public BuyPlanService(Ports ports, TransactionRunner transactions, PurchaseMeter meter, Clock clock, ZoneId zone) {
        this(ports, transactions, meter, clock, zone, Notices.none());
    }

    /** As above, and each purchase raises "plan bought" in its transaction. */
    public BuyPlanService(Ports ports, TransactionRunner transactions, PurchaseMeter meter, Clock clock, ZoneId zone,
            Notices notices) {
        this.checkout = new Checkout(ports.products(), ports.coupons());
        this.products = ports.products();
        this.redemptions = ports.redemptions();
        this.buyers = ports.buyers();
        this.balances = ports.balances();
        this.purchases = ports.purchases();
        this.transactions = Objects.requireNonNull(transactions);
        this.meter = Objects.requireNonNull(meter);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.notices = Objects.requireNonNull(notices);
    }

    @Override
    public PlanBought buy(Command command) {
        PlanBought bought = transactions.inTransaction(() -> {
            // Whole seconds: expiries go out as Unix seconds, and the databases keep only microseconds.
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Product product = checkout.onSale(command.productId());
            ProductSpec spec = product.spec();
            Optional<Coupon> coupon = command.couponCode().map(code -> checkout.usableCoupon(code, product.id(), now));
            Money paid = spec.price().minus(coupon.map(c -> c.spec().discountOn(spec.price())).orElse(Money.ZERO));

            Buyer buyer = paid.isZero()
                    ? buyers.lock(command.buyer()).orElseThrow(() -> new NotFound("no user " + command.buyer()))
                    : buyers.debit(command.buyer(), paid.fen()).orElseThrow(() -> new InsufficientBalance(
                            "the balance is below the price of " + paid + " for " + spec.name()));
            if (spec.stock().isPresent() && !products.takeOneFromStock(product.id())) {
                throw new OutOfStock(spec.name());
            }
            requirePurchaseLeft(spec, product.id(), buyer);
            coupon.ifPresent(c -> claim(c, buyer));

            Entitlement after = spec.content().grantOn(buyer.entitlement(), now);
            buyers.grant(buyer.id(), after, spec.content().resetTraffic());
            spec.content().nodeGroup().ifPresent(group -> buyers.moveToNodeGroup(buyer.id(), group));
            spec.content().monthlyReset().ifPresent(reset -> scheduleResets(reset, spec, buyer, now));
            PurchaseId purchaseId = purchases.record(buyer.id(), new Purchase(product.id(), spec.name(), spec.price(), paid,
                    coupon.map(c -> c.spec().code()), spec.content()), after);
            coupon.ifPresent(c -> redemptions.record(c.id(), buyer.id(), purchaseId));
            notices.raise(Notice.toUser(NoticeEvent.PLAN_BOUGHT, buyer.id(), "purchase:" + purchaseId, Map.of(
                    "plan", spec.name(), "paid", paid.toDecimalString(), "class_expire", after.classExpire().toString())));
            // The ledger forbids a zero change: a free purchase moves no money and books nothing.
            if (!paid.isZero()) {
                balances.book(new LedgerEntry(buyer.id(), -paid.fen(), buyer.balance(), LedgerEntry.PURCHASE,
                        purchaseId.toString(), "purchase: " + spec.name()));
            }
            return new PlanBought(purchaseId, product.id(), spec.name(), spec.price(), paid, buyer.balance(), after,
                    spec.content().resetTraffic());
        });
        meter.bought(bought.paid());
        return bought;
    }

    /** Counted under the buyer's lock, held since {@link Buyers#lock}: racing purchases by one user queue there. */
    private void requirePurchaseLeft(ProductSpec spec, ProductId productId, Buyer buyer) {
        if (spec.content().purchaseLimit().isPresent()
                && purchases.countOf(buyer.id(), productId) >= spec.content().purchaseLimit().getAsInt()) {
            throw new PurchaseLimitReached(spec.name(), spec.content().purchaseLimit().getAsInt());
        }
    }

    /**
     * A plan that starts the class time starts its reset cycle too, from today; one that extends
     * the running class keeps the cycle already running (a renewal does not move the reset day).
     */
    private void scheduleResets(MonthlyReset reset, ProductSpec spec, Buyer buyer, Instant now) {
        if (buyer.resetDay().isPresent() && !spec.content().startsClassTime(buyer.entitlement(), now)
                && buyer.entitlement().classExpire().isAfter(now)) {
            return;
        }
        buyers.scheduleResets(buyer.id(), reset.dayFor(now, zone), now);
    }

    /** The guarded claim settles the total; the buyer's lock, already held, makes the per-user count exact. */
    private void claim(Coupon coupon, Buyer buyer) {
        if (!redemptions.claimUse(coupon.id())) {
            throw coupon.exhausted();
        }
        coupon.requireUseLeftFor(redemptions.usesBy(coupon.id(), buyer.id()));
    }
}
