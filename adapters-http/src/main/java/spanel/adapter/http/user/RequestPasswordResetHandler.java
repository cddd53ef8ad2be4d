package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.user.port.in.RequestPasswordReset;
import spanel.domain.user.Email;

/**
 * POST /app/api/v0/auth/forgot {"email"} → {"expires_in"}: the same answer whether or not an
 * account has the email; when one has, a single-use link is mailed to it.
 */
public final class RequestPasswordResetHandler implements Handler {

    record ForgotRequest(String email) {
    }

    record Requested(long expiresIn) {
    }

    private final RequestPasswordReset requestReset;

    public RequestPasswordResetHandler(RequestPasswordReset requestReset) {
        this.requestReset = requestReset;
    }

    @Override
    public void handle(Context ctx) {
        ForgotRequest request = Json.body(ctx, ForgotRequest.class);
        Email email = Fields.checked("email", () -> Email.of(Fields.required("email", request.email())));
        var requested = requestReset.request(new RequestPasswordReset.Command(email, Callers.limitKey(ctx)));
        ctx.json(Envelope.ok(new Requested(requested.linkLifetime().toSeconds())));
    }
}
