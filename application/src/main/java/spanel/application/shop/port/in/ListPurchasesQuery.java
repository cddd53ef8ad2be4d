package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.page.PageRequest;
import spanel.domain.user.UserId;

public record ListPurchasesQuery(UserId buyer, PageRequest page) {

    public ListPurchasesQuery {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(page, "page");
    }
}
