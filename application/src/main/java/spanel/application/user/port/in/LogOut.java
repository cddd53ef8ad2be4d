package spanel.application.user.port.in;

/** A user ends a session: the token stops working at once. */
public interface LogOut {

    LoggedOut logOut(LogOutCommand command);
}
