package spanel.application.shop;

import java.util.Objects;
import spanel.application.shop.port.in.ListPurchases;
import spanel.application.shop.port.out.Purchases;
import spanel.domain.page.Page;
import spanel.domain.shop.PastPurchase;

public final class ListPurchasesService implements ListPurchases {

    private final Purchases purchases;

    public ListPurchasesService(Purchases purchases) {
        this.purchases = Objects.requireNonNull(purchases);
    }

    @Override
    public Page<PastPurchase> list(Query query) {
        return purchases.of(query.buyer(), query.page());
    }
}
