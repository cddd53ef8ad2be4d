package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

/** An admin changes some parts of a product; the parts left out stay as they are. */
public interface UpdateProduct {

    Product update(Command command);

    record Command(UserId admin, ProductId id, ProductSpec.Changes changes) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
