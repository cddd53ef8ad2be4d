package spanel.adapter.http.archfixture;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.logging.Logger;
import javax.inject.Inject;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.application.health.CheckHealthService;

/**
 * Breaks rules 3, 5, 8 and 10a: reaches into another adapter, has a service injected into a field,
 * prints to stdout, throws a generic exception, logs through java.util.logging, and handles a route
 * without the suffix.
 */
public class RouteBreakingTheRules implements Handler {

    private static final Logger LOG = Logger.getLogger("fixture");

    @Inject
    CheckHealthService service;

    @Override
    public void handle(Context ctx) {
        LOG.info("handling");
        System.out.println(DatabaseUrl.parse("jdbc:h2:mem:x"));
        throw new RuntimeException("generic");
    }
}
