package spanel.adapter.http.openapi;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.StaticResources;

/**
 * GET /openapi.json: the OpenAPI 3.1 description of every route, a file kept beside the code
 * ({@code spanel/http/openapi.json}). A test compares it with the route table, both ways.
 */
public final class OpenApiHandler implements Handler {

    public static final String RESOURCE = "/spanel/http/openapi.json";

    private final byte[] document;

    public OpenApiHandler() {
        document = StaticResources.read(RESOURCE);
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("application/json").header("Cache-Control", "no-cache").result(document);
    }
}
