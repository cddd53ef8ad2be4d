package spanel.adapter.http.user;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** Registration, log-in and the user's own account, and the token checks in front of /user and /admin. */
public final class AccountRoutes {

    /** The page a password-reset link opens (the portal's, PortalRoutes); bootstrap hands it to the mailing use case. */
    public static final String RESET_PAGE = "/reset-password";

    private AccountRoutes() {
    }

    /**
     * Every route below /user and /admin, and logout, needs a token; /admin also needs is_admin.
     * Both are checked against the database on every request.
     */
    public static void guard(RoutesConfig routes, AccountUseCases accounts) {
        routes.before(V0 + "/user/*", BearerAuthHandler.anyUser(accounts.authenticate()));
        routes.before(V0 + "/auth/logout", BearerAuthHandler.anyUser(accounts.authenticate()));
        routes.before(V0 + "/admin/*", BearerAuthHandler.adminsOnly(accounts.authenticate()));
    }

    public static void register(RoutesConfig routes, AccountUseCases accounts) {
        routes.post(V0 + "/auth/register", new RegisterHandler(accounts.register()));
        routes.post(V0 + "/auth/login", new LogInHandler(accounts.logIn()));
        routes.post(V0 + "/auth/logout", new LogOutHandler(accounts.logOut()));
        routes.get(V0 + "/user/info", new UserInfoHandler(accounts.showUserInfo()));
        routes.post(V0 + "/user/password", new ChangePasswordHandler(accounts.changePassword()));
        // Without a mail server, or with the check-in bonus at 0, these routes are not there: 404.
        accounts.resetByMail().ifPresent(resets -> {
            routes.post(V0 + "/auth/forgot", new RequestPasswordResetHandler(resets.request()));
            routes.post(V0 + "/auth/reset", new ResetPasswordHandler(resets.reset(), V0 + "/auth/login"));
        });
        accounts.checkIn().ifPresent(checkIn -> routes.post(V0 + "/user/checkin", new CheckInHandler(checkIn)));
    }
}
