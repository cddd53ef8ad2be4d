package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import spanel.adapter.http.support.StaticResources;

/**
 * GET /admin/assets/{file}: the chart library the dashboard draws with, and its licence, served from
 * the Chart.js WebJar inside the jar (no CDN). Any other name is a 404.
 */
public final class DashboardAssetHandler implements Handler {

    /** The Chart.js version of the WebJar on the class path; the parent pom pins the same. */
    static final String CHART_JS_VERSION = "4.5.1";

    private static final String WEBJAR = "/META-INF/resources/webjars/chart.js/" + CHART_JS_VERSION;

    private record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> assets;

    public DashboardAssetHandler() {
        assets = Map.of(
                "chart.umd.min.js", new Asset("text/javascript; charset=utf-8",
                        StaticResources.read(WEBJAR + "/dist/chart.umd.min.js")),
                "chart.js-LICENSE.md", new Asset("text/plain; charset=utf-8",
                        StaticResources.read(WEBJAR + "/LICENSE.md")));
    }

    @Override
    public void handle(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        ctx.contentType(asset.contentType()).header("Cache-Control", "public, max-age=86400").result(asset.bytes());
    }
}
