package spanel.adapter.http.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import io.javalin.http.Handler;
import spanel.adapter.http.support.StaticResources;

/**
 * GET /admin: the node-monitoring page. The page itself holds no data; it logs an admin in and
 * polls /app/api/v0/admin/nodes/status, which checks the admin on every call. It names the
 * panel's currency, so amounts are not shown in one the gateways do not use.
 */
public final class DashboardHandler implements Handler {

    private final byte[] page;

    /** {@code currency}: the ISO 4217 code the panel's amounts are in, shown beside every amount. */
    public DashboardHandler(String currency) {
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is three capital letters (got '" + currency + "')");
        }
        page = new String(StaticResources.read("/spanel/http/dashboard.html"), StandardCharsets.UTF_8)
                .replace("<html lang=\"en\" data-currency=\"CNY\">", "<html lang=\"en\" data-currency=\"" + currency + "\">")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
    }
}
