package spanel.application.shop.port.out;

import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.Purchase;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/** The purchases made, each with a snapshot of what was sold. */
public interface Purchases {

    /** Records a purchase with its buyer and the entitlement it left, and answers its id. */
    PurchaseId record(UserId buyer, Purchase purchase, Entitlement after);

    /** How many times the user bought the product; read under the buyer's lock, so it is exact. */
    int countOf(UserId buyer, ProductId productId);

    /** A user's purchases, newest first. */
    Page<PastPurchase> of(UserId buyer, PageRequest page);
}
