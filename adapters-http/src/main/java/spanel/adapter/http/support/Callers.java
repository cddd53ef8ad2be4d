package spanel.adapter.http.support;

import io.javalin.http.Context;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Caller;

/** The authenticated caller of a request and the token it came with, as the auth step left them. */
public final class Callers {

    private static final String CALLER = "spanel.caller";
    private static final String TOKEN = "spanel.token";
    private static final String CLIENT = "spanel.client";
    private static final String LIMIT_KEY = "spanel.client-limit-key";
    private static final String IPV6_LIMIT_PREFIX = "spanel.client-ipv6-limit-prefix";

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
     * Resolves and keeps the client's address for the request (see {@link TrustedProxies}), and how
     * per-address limits count it; the key itself is read from the address only on the routes that
     * count (log-in, sign-up, resets), not on every node report.
     */
    public static void resolveAddress(Context ctx, TrustedProxies proxies, int ipv6LimitPrefix) {
        String client = proxies.clientOf(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        ctx.attribute(CLIENT, client);
        ctx.attribute(IPV6_LIMIT_PREFIX, ipv6LimitPrefix);
    }

    /** The client as the per-address limits and known log-in places count it: an IPv6 client by its network. */
    public static String limitKey(Context ctx) {
        String key = ctx.attribute(LIMIT_KEY);
        if (key != null) {
            return key;
        }
        Integer prefix = ctx.attribute(IPV6_LIMIT_PREFIX);
        if (prefix == null) {
            return address(ctx);
        }
        key = IpAddresses.limitKey(address(ctx), prefix);
        ctx.attribute(LIMIT_KEY, key);
        return key;
    }

    /**
     * The client's address: the socket's peer, or, behind a trusted proxy, the address it forwarded.
     * A header from anyone else is ignored: a limit keyed on it could be dodged with every attempt.
     */
    public static String address(Context ctx) {
        String client = ctx.attribute(CLIENT);
        return client != null ? client : ctx.req().getRemoteAddr();
    }
}
