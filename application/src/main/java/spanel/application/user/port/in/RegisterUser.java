package spanel.application.user.port.in;

/** A visitor opens an account with an email and a password, optionally invited by another user. */
public interface RegisterUser {

    UserRegistered register(RegisterCommand command);
}
