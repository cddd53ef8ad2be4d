package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.user.port.in.ResetPassword;
import spanel.domain.user.Password;
import spanel.domain.user.ResetToken;

/** POST /app/api/v0/auth/reset {"token","new_password"} → {"signed_out"}: every token of the account stops working. */
public final class ResetPasswordHandler implements Handler {

    record ResetRequest(String token, String newPassword) {
    }

    record Reset(int signedOut) {
    }

    private final ResetPassword resetPassword;

    public ResetPasswordHandler(ResetPassword resetPassword) {
        this.resetPassword = resetPassword;
    }

    @Override
    public void handle(Context ctx) {
        ResetRequest request = Json.body(ctx, ResetRequest.class);
        ResetToken token = Fields.checked("token", () -> new ResetToken(Fields.required("token", request.token()).strip()));
        Password next = NewPasswords.of(request.newPassword());
        ctx.json(Envelope.ok(new Reset(resetPassword.reset(new ResetPassword.Command(token, next)).signedOut())));
    }
}
