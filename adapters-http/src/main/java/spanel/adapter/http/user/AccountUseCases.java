package spanel.adapter.http.user;

import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.in.Authenticate;
import spanel.application.user.port.in.ChangePassword;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.in.LogOut;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.in.RequestPasswordReset;
import spanel.application.user.port.in.ResetPassword;
import spanel.application.user.port.in.ShowUserInfo;

/**
 * The use cases behind /auth and /user. Resets by mail exist only with a mail server configured,
 * the check-in only with a bonus configured; without them their routes are not there (404).
 */
public record AccountUseCases(RegisterUser register, LogIn logIn, LogOut logOut, Authenticate authenticate,
        ShowUserInfo showUserInfo, ChangePassword changePassword, Optional<ResetByMail> resetByMail,
        Optional<CheckIn> checkIn) {

    /** Asking for a link, and using it. */
    public record ResetByMail(RequestPasswordReset request, ResetPassword reset) {

        public ResetByMail {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(reset, "reset");
        }
    }

    public AccountUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(showUserInfo, "showUserInfo");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(resetByMail, "resetByMail");
        Objects.requireNonNull(checkIn, "checkIn");
    }
}
