package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.user.port.in.ResetPassword;
import spanel.domain.user.Password;
import spanel.domain.user.ResetToken;

/**
 * POST /app/api/v0/auth/reset {"token","new_password"} → {"signed_out"}: every token of the account
 * stops working, and the client gets a device cookie of the account for the log-in route.
 */
public final class ResetPasswordHandler implements Handler {

    record ResetRequest(String token, String newPassword) {
    }

    record Reset(int signedOut) {
    }

    private final ResetPassword resetPassword;
    private final String logInPath;

    public ResetPasswordHandler(ResetPassword resetPassword, String logInPath) {
        this.resetPassword = resetPassword;
        this.logInPath = logInPath;
    }

    @Override
    public void handle(Context ctx) {
        ResetRequest request = Json.body(ctx, ResetRequest.class);
        ResetToken token = Fields.checked("token", () -> new ResetToken(Fields.required("token", request.token()).strip()));
        Password next = NewPasswords.of(request.newPassword());
        ResetPassword.Done done = resetPassword.reset(new ResetPassword.Command(token, next));
        DeviceCookieHeader.set(ctx, logInPath, done.deviceCookie());
        ctx.json(Envelope.ok(new Reset(done.changed().signedOut())));
    }
}
