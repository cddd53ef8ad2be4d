package spanel.application.user.port.in;

/**
 * A signed-in user changes their password, giving the current one: every other token of theirs
 * stops working, the one they used keeps working. A wrong current password changes nothing.
 */
public interface ChangePassword {

    PasswordChanged change(ChangePasswordCommand command);
}
