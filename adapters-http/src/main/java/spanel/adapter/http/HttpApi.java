package spanel.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.json.JavalinJackson;
import spanel.adapter.http.health.HealthHandler;
import spanel.adapter.http.support.ErrorMapping;
import spanel.adapter.http.support.Json;
import spanel.application.health.port.in.CheckHealth;

/**
 * Builds the HTTP API from the use cases it serves: the route table and the error mapping, in one
 * place. Handlers run on virtual threads, one request per thread, which the transaction provider needs.
 */
public final class HttpApi {

    /** The incoming ports the routes call. */
    public record UseCases(CheckHealth checkHealth) {
    }

    /** How long a stop waits for requests already running. */
    public static final long STOP_TIMEOUT_MILLIS = 10_000;

    private HttpApi() {
    }

    public static Javalin create(HttpSettings settings, UseCases useCases) {
        return Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // On stop, Jetty stops accepting and lets requests in flight finish for up to this long.
            config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MILLIS));
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));

            ErrorMapping.register(config.routes);
            // Refuse an oversized body before any handler runs, even on a route that never reads it.
            config.routes.before(ctx -> {
                if (ctx.contentLength() > settings.maxBodyBytes()) {
                    throw new ContentTooLargeResponse();
                }
            });
            config.routes.get("/health", new HealthHandler(useCases.checkHealth()));
        });
    }
}
