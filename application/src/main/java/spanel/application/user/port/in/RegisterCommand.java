package spanel.application.user.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/** {@code clientAddress} is where the request came from, for the per-address limit. */
public record RegisterCommand(Email email, Password password, Optional<String> inviteCode, String clientAddress) {

    public RegisterCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(inviteCode, "inviteCode");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
