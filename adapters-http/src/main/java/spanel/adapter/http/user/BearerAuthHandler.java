package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.application.user.port.in.Authenticate;
import spanel.domain.error.Forbidden;
import spanel.domain.error.Unauthorized;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Caller;

/**
 * Runs before every route that needs a user: reads {@code Authorization: Bearer <token>}, asks who
 * holds it (the database answers, on every request), and for admin routes requires is_admin.
 */
public final class BearerAuthHandler implements Handler {

    private static final String SCHEME = "bearer ";
    private static final int MAX_TOKEN_LENGTH = 256;

    private final Authenticate authenticate;
    private final boolean adminOnly;

    private BearerAuthHandler(Authenticate authenticate, boolean adminOnly) {
        this.authenticate = authenticate;
        this.adminOnly = adminOnly;
    }

    public static BearerAuthHandler anyUser(Authenticate authenticate) {
        return new BearerAuthHandler(authenticate, false);
    }

    public static BearerAuthHandler adminsOnly(Authenticate authenticate) {
        return new BearerAuthHandler(authenticate, true);
    }

    @Override
    public void handle(Context ctx) {
        AccessToken token = bearer(ctx.header("Authorization"));
        Caller caller = authenticate.authenticate(new Authenticate.Command(token));
        if (adminOnly && !caller.admin()) {
            throw new Forbidden("this needs an admin account");
        }
        Callers.remember(ctx, caller, token);
    }

    private static AccessToken bearer(String header) {
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new Unauthorized("an Authorization: Bearer <access_token> header is required");
        }
        String token = header.substring(SCHEME.length()).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new Unauthorized("the access token is unknown, expired or revoked");
        }
        return new AccessToken(token);
    }
}
