package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

/** An admin adds a product. */
public interface CreateProduct {

    ProductCreated create(Command command);

    record Command(UserId admin, ProductSpec spec) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(spec, "spec");
        }
    }

    record ProductCreated(ProductId id) {
    }
}
