package spanel.application.shop.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/**
 * A user buys a package with their balance, with a coupon or without, in one transaction: the
 * debit, the stock, the coupon's use, the account's new entitlement, the purchase and its ledger
 * entry land together, or none does.
 */
public interface BuyPlan {

    PlanBought buy(Command command);

    /** Who buys which product, with which coupon code (normalised; a blank code is no coupon). */
    record Command(UserId buyer, ProductId productId, Optional<String> couponCode) {
        public static final int MAX_CODE_LENGTH = 64;

        public Command {
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(productId, "productId");
            couponCode = normalised(couponCode, "coupon");
        }

        /** A coupon code as typed: trimmed, upper case, empty when blank, at most 64 characters. */
        static Optional<String> normalised(Optional<String> typed, String field) {
            Optional<String> code = typed.map(CouponSpec::normaliseCode).filter(c -> !c.isEmpty());
            if (code.isPresent() && code.get().length() > MAX_CODE_LENGTH) {
                throw new IllegalArgumentException(field + ": at most " + MAX_CODE_LENGTH + " characters");
            }
            return code;
        }
    }

    /** What a purchase did: what was paid, the balance left, and the account's entitlement now. */
    record PlanBought(PurchaseId purchaseId, ProductId productId, String productName, Money price, Money paid, Money balance,
            Entitlement entitlement, boolean trafficReset) {
        public PlanBought {
            Objects.requireNonNull(purchaseId, "purchaseId");
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(paid, "paid");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(entitlement, "entitlement");
        }
    }
}
