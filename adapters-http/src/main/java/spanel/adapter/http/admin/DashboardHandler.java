package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /admin: the node-monitoring page. The page itself holds no data; it logs an admin in and
 * polls /app/api/v0/admin/nodes/status, which checks the admin on every call.
 */
public final class DashboardHandler implements Handler {

    private final byte[] page;

    public DashboardHandler() {
        try (InputStream in = DashboardHandler.class.getResourceAsStream("/spanel/http/dashboard.html")) {
            if (in == null) {
                throw new IllegalStateException("dashboard.html is missing from the jar");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
    }
}
