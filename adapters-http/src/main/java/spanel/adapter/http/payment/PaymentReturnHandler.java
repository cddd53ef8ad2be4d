package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/** GET /app/api/v0/payment/return/{gateway}: the user comes back from paying and goes on to the front end. */
public final class PaymentReturnHandler implements Handler {

    private final String returnTo;

    public PaymentReturnHandler(String returnTo) {
        this.returnTo = returnTo;
    }

    @Override
    public void handle(Context ctx) {
        // Nothing the gateway appends is trusted or read here: crediting happens on the notify only.
        ctx.redirect(returnTo, HttpStatus.FOUND);
    }
}
