package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.application.user.port.in.ResetCredentials;

/**
 * POST /app/api/v0/user/credentials/reset: a new uuid and proxy password (nodes pick them up on
 * their next pull) and a new subscription URL → {"uuid","passwd","subscription_url"}.
 */
public final class ResetCredentialsHandler implements Handler {

    record Reset(String uuid, String passwd, String subscriptionUrl) {
    }

    private final ResetCredentials reset;

    public ResetCredentialsHandler(ResetCredentials reset) {
        this.reset = reset;
    }

    @Override
    public void handle(Context ctx) {
        var done = reset.reset(new ResetCredentials.Command(Callers.of(ctx).userId()));
        ctx.json(Envelope.ok(new Reset(done.uuid(), done.passwd(), done.subscriptionUrl())));
    }
}
