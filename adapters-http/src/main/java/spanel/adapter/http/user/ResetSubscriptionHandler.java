package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.application.user.port.in.ResetSubscription;

/** POST /app/api/v0/user/subscription/reset: a new subscription URL; the old one stops working at once. */
public final class ResetSubscriptionHandler implements Handler {

    record Reset(String subscriptionUrl) {
    }

    private final ResetSubscription reset;

    public ResetSubscriptionHandler(ResetSubscription reset) {
        this.reset = reset;
    }

    @Override
    public void handle(Context ctx) {
        var done = reset.reset(new ResetSubscription.Command(Callers.of(ctx).userId(), Optional.empty()));
        ctx.json(Envelope.ok(new Reset(done.subscriptionUrl())));
    }
}
