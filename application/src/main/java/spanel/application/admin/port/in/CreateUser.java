package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.UserId;

/**
 * The operator creates an account from the command line (the first admin, scripted set-ups),
 * optionally as an admin and with a starting balance, which is booked in the ledger.
 */
public interface CreateUser {

    UserCreated create(Command command);

    record Command(Email email, Password password, boolean admin, Money balance) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(balance, "balance");
        }
    }

    record UserCreated(UserId user) {
    }
}
