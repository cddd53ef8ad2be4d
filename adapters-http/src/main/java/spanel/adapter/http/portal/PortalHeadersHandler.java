package spanel.adapter.http.portal;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The headers on every portal response. The policy allows script, style, images and API calls from
 * this origin only, and no inline script: text that reached the page from a user or an operator
 * cannot run even if it ever landed in the markup. Referrer-Policy keeps the subscription URL (a
 * bearer secret) out of Referer headers.
 */
final class PortalHeadersHandler implements Handler {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    public void handle(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }
}
