package spanel.application.admin.port.in;

import spanel.application.user.port.in.PasswordChanged;

/**
 * The operator sets a user's password from the command line (the way out when no mail server is
 * configured): every token of the account stops working.
 */
public interface SetPassword {

    PasswordChanged set(SetPasswordCommand command);
}
