package spanel.adapter.http.user;

import java.util.Objects;
import spanel.application.user.port.in.Authenticate;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.in.LogOut;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.in.ShowUserInfo;

/** The use cases behind /auth and /user. */
public record AccountUseCases(RegisterUser register, LogIn logIn, LogOut logOut, Authenticate authenticate,
        ShowUserInfo showUserInfo) {

    public AccountUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(showUserInfo, "showUserInfo");
    }
}
