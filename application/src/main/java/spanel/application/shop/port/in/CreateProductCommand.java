package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

public record CreateProductCommand(UserId admin, ProductSpec spec) {

    public CreateProductCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(spec, "spec");
    }
}
