package spanel.application.payment.port.in;

import java.util.Objects;
import java.util.OptionalInt;
import spanel.domain.page.PageRequest;
import spanel.domain.user.UserId;

public record ListTopUpOrdersQuery(UserId user, OptionalInt status, PageRequest page) {

    public ListTopUpOrdersQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
    }
}
