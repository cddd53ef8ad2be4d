package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.StaticResources;

/** GET /favicon.ico: the panel's icon, from the jar, so browsers opening its pages do not log a 404 each time. */
public final class FaviconHandler implements Handler {

    private final byte[] icon = StaticResources.read("/spanel/http/favicon.ico");

    @Override
    public void handle(Context ctx) {
        ctx.contentType("image/x-icon").header("Cache-Control", "public, max-age=86400").result(icon);
    }
}
