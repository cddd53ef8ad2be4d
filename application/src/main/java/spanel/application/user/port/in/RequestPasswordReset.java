package spanel.application.user.port.in;

/**
 * Someone asks for a password-reset link for an email. The answer is the same, and takes about as
 * long, whether or not an account has that email: the link is made and mailed off the request path.
 */
public interface RequestPasswordReset {

    ResetRequested request(RequestPasswordResetCommand command);
}
