package spanel.application.user.port.in;

/**
 * The holder of a reset link sets a new password: the link is used up, and every token of the
 * account stops working. An unknown, expired or used link changes nothing.
 */
public interface ResetPassword {

    PasswordChanged reset(ResetPasswordCommand command);
}
