package spanel.adapter.http.support;

import io.javalin.http.Context;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Caller;

/** The authenticated caller of a request and the token it came with, as the auth step left them. */
public final class Callers {

    private static final String CALLER = "spanel.caller";
    private static final String TOKEN = "spanel.token";

    private Callers() {
    }

    public static void remember(Context ctx, Caller caller, AccessToken token) {
        ctx.attribute(CALLER, caller);
        ctx.attribute(TOKEN, token);
    }

    /** The caller; a route reached without the auth step is a wiring mistake, not a client error. */
    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " is served without authentication");
        }
        return caller;
    }

    public static AccessToken tokenOf(Context ctx) {
        AccessToken token = ctx.attribute(TOKEN);
        if (token == null) {
            throw new IllegalStateException("route " + ctx.path() + " is served without authentication");
        }
        return token;
    }

    /**
     * The client's own address. Deliberately not X-Forwarded-For, which any client can set: a limit
     * keyed on it could be dodged by sending a new value with every attempt.
     */
    public static String address(Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}
