package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.user.UserId;

public record DisableProductCommand(UserId admin, long id) {

    public DisableProductCommand {
        Objects.requireNonNull(admin, "admin");
    }
}
