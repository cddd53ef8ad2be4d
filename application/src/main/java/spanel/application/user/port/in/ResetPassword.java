package spanel.application.user.port.in;

import java.util.Objects;
import spanel.domain.user.Password;
import spanel.domain.user.ResetToken;

/**
 * The holder of a reset link sets a new password: the link is used up, and every token of the
 * account stops working. An unknown, expired or used link changes nothing.
 */
public interface ResetPassword {

    Done reset(Command command);

    record Command(ResetToken token, Password newPassword) {
        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(newPassword, "newPassword");
        }
    }

    /**
     * The password changed, and the client that used the mailed link holds a new device cookie of
     * the account: having proved the mailbox, it logs in past the limits that refuse new addresses.
     */
    record Done(PasswordChanged changed, String deviceCookie) {
        public Done {
            Objects.requireNonNull(changed, "changed");
            Objects.requireNonNull(deviceCookie, "deviceCookie");
        }
    }
}
