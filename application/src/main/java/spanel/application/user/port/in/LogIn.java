package spanel.application.user.port.in;

/** A user trades email and password for an access token. */
public interface LogIn {

    LoggedIn logIn(LogInCommand command);
}
