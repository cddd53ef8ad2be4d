package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

public record CreateUserCommand(Email email, Password password, boolean admin, Money balance) {

    public CreateUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(balance, "balance");
    }
}
