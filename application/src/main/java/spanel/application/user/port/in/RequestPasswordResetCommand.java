package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.Email;

/** {@code clientAddress} is for the per-address limit. */
public record RequestPasswordResetCommand(Email email, String clientAddress) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
