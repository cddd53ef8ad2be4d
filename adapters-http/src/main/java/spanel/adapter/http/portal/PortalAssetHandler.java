package spanel.adapter.http.portal;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;

/** GET /portal/{file}: a portal file by its fingerprinted name, cached for a year; any other name is a 404. */
final class PortalAssetHandler implements Handler {

    private final PortalAssets assets;

    PortalAssetHandler(PortalAssets assets) {
        this.assets = assets;
    }

    @Override
    public void handle(Context ctx) {
        PortalAssets.Asset asset = assets.served(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        ctx.contentType(asset.contentType()).header("Cache-Control", "public, max-age=31536000, immutable")
                .result(asset.bytes());
    }
}
