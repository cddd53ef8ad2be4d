package spanel.adapter.http.user;

import io.javalin.http.Context;
import spanel.application.user.port.out.KnownAddresses;

/**
 * Sets the device cookie (OWASP's device cookies: see {@link spanel.domain.user.DeviceCookie}):
 * HttpOnly, sent only to the log-in route, kept as long as a known address.
 */
final class DeviceCookieHeader {

    static final String NAME = "spanel_device";

    private DeviceCookieHeader() {
    }

    static void set(Context ctx, String logInPath, String cookie) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + cookie + "; Path=" + logInPath
                + "; Max-Age=" + KnownAddresses.KEPT_FOR.toSeconds() + "; HttpOnly; SameSite=Strict"
                + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
    }
}
