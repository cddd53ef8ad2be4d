package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /reset-password: the page a reset link opens. It holds nothing secret; it sends the link's
 * token and the new password to POST /app/api/v0/auth/reset, which decides.
 */
public final class ResetPageHandler implements Handler {

    private final byte[] page;

    public ResetPageHandler() {
        try (InputStream in = ResetPageHandler.class.getResourceAsStream("/spanel/http/reset-password.html")) {
            if (in == null) {
                throw new IllegalStateException("reset-password.html is missing from the jar");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .result(page);
    }
}
