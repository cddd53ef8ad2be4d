package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.PastPurchase;
import spanel.domain.user.UserId;

/** A user looks at what they bought, newest first. */
public interface ListPurchases {

    Page<PastPurchase> list(Query query);

    record Query(UserId buyer, PageRequest page) {
        public Query {
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(page, "page");
        }
    }
}
