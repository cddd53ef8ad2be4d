package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.application.user.port.in.ResetSubscription;
import spanel.domain.user.UserId;

/**
 * POST /app/api/v0/admin/users/{id}/subscription/reset → {"id","reset":true}: the user's old
 * subscription URL stops working at once (audited). The new URL is the user's to see, not the admin's.
 */
public final class ResetUserSubscriptionHandler implements Handler {

    record Reset(long id, boolean reset) {
    }

    private final ResetSubscription reset;

    public ResetUserSubscriptionHandler(ResetSubscription reset) {
        this.reset = reset;
    }

    @Override
    public void handle(Context ctx) {
        UserId user = new UserId(Fields.pathId(ctx, "id"));
        var done = reset.reset(new ResetSubscription.Command(user, Optional.of(Callers.of(ctx).userId())));
        ctx.json(Envelope.ok(new Reset(done.user().value(), true)));
    }
}
