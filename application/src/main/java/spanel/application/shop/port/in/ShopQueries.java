package spanel.application.shop.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.Product;
import spanel.domain.user.UserId;

/** What users read in the shop, and admins of its catalogue. */
public interface ShopQueries {

    /** The products on sale, as a user sees the shop. */
    List<Product> packages();

    /** What one user bought, newest first. */
    Page<PastPurchase> purchases(PurchasesQuery query);

    /** Every product, enabled or not: the admin's list. */
    List<Product> products();

    /** Every coupon, enabled or not: the admin's list. */
    List<Coupon> coupons();

    record PurchasesQuery(UserId buyer, PageRequest page) {
        public PurchasesQuery {
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(page, "page");
        }
    }
}
