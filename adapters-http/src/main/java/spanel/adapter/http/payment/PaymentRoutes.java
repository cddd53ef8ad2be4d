package spanel.adapter.http.payment;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;
import spanel.adapter.http.user.BearerAuthHandler;
import spanel.application.user.port.in.Authenticate;

/**
 * Payments (docs/PAYMENTS.md). A user's own routes need a token; the gateways' notify and the user's
 * return stay public. The DEBUG confirm is not registered at all when DEBUG is off, so it is a
 * 404 exactly like a route that does not exist, before any authentication.
 */
public final class PaymentRoutes {

    private PaymentRoutes() {
    }

    public static void register(RoutesConfig routes, Authenticate authenticate, PaymentUseCases useCases) {
        String payment = V0 + "/payment";
        routes.before(payment + "/create", BearerAuthHandler.anyUser(authenticate));
        routes.before(payment + "/orders", BearerAuthHandler.anyUser(authenticate));
        routes.before(payment + "/status/*", BearerAuthHandler.anyUser(authenticate));
        routes.post(payment + "/create", new CreateTopUpHandler(useCases.create(), useCases.answerOnce()));
        // Behind the /user/* token check, like every user route.
        routes.post(V0 + "/user/checkout", new CheckOutHandler(useCases.checkOut(), useCases.answerOnce()));
        routes.get(payment + "/orders", new ListTopUpOrdersHandler(useCases.queries()));
        routes.get(payment + "/status/{order_id}", new ShowTopUpOrderHandler(useCases.queries()));
        PaymentNotifyHandler notify = new PaymentNotifyHandler(useCases.handleNotify());
        routes.get(payment + "/notify/{gateway}", notify);
        routes.post(payment + "/notify/{gateway}", notify);
        routes.get(payment + "/return/{gateway}", new PaymentReturnHandler(useCases.returnTo()));
        useCases.debugConfirm().ifPresent(confirm -> {
            routes.before(payment + "/debug/confirm", BearerAuthHandler.anyUser(authenticate));
            routes.post(payment + "/debug/confirm", new ConfirmTopUpHandler(confirm));
        });
    }
}
