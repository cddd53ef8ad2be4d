package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.StaticResources;

/**
 * GET /admin: the node-monitoring page. The page itself holds no data; it logs an admin in and
 * polls /app/api/v0/admin/nodes/status, which checks the admin on every call.
 */
public final class DashboardHandler implements Handler {

    private final byte[] page;

    public DashboardHandler() {
        page = StaticResources.read("/spanel/http/dashboard.html");
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
    }
}
