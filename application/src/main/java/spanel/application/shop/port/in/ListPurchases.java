package spanel.application.shop.port.in;

import spanel.domain.page.Page;
import spanel.domain.shop.PastPurchase;

/** A user looks at what they bought, newest first. */
public interface ListPurchases {

    Page<PastPurchase> list(ListPurchasesQuery query);
}
