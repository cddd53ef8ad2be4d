package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

public record UpdateProductCommand(UserId admin, long id, ProductSpec.Changes changes) {

    public UpdateProductCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(changes, "changes");
    }
}
