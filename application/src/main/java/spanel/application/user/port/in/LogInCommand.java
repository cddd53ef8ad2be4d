package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.Email;

/**
 * The password is taken as typed, unchecked: a log-in only asks whether it matches, and a
 * malformed one simply does not. {@code clientAddress} is for the per-address limit.
 */
public record LogInCommand(Email email, String password, String clientAddress) {

    public static final int MAX_PASSWORD_LENGTH = 1024;

    public LogInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(clientAddress, "clientAddress");
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password of 1 to " + MAX_PASSWORD_LENGTH + " characters is required");
        }
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + ", clientAddress=" + clientAddress + "]";
    }
}
