package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/** An admin withdraws a product. It is kept, disabled, because past purchases refer to it. */
public interface DisableProduct {

    Product disable(Command command);

    record Command(UserId admin, ProductId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
