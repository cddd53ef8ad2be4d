package spanel.adapter.http.portal;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** GET /: the portal's one page. It holds no data and is never stored, so it always names the current assets (and a reset link's token in its address is not kept). */
final class PortalPageHandler implements Handler {

    private final PortalAssets assets;

    PortalPageHandler(PortalAssets assets) {
        this.assets = assets;
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(assets.page());
    }
}
