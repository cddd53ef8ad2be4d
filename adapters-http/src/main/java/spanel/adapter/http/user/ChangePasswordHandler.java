package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.user.port.in.ChangePassword;
import spanel.domain.user.Password;

/**
 * POST /app/api/v0/user/password {"current_password","new_password"} → {"signed_out"}: the other
 * tokens of the user stop working, the one this request came with keeps working.
 */
public final class ChangePasswordHandler implements Handler {

    record ChangeRequest(String currentPassword, String newPassword) {
    }

    record Changed(int signedOut) {
    }

    private final ChangePassword changePassword;

    public ChangePasswordHandler(ChangePassword changePassword) {
        this.changePassword = changePassword;
    }

    @Override
    public void handle(Context ctx) {
        ChangeRequest request = Json.body(ctx, ChangeRequest.class);
        String current = Fields.required("current_password", request.currentPassword());
        Password next = NewPasswords.of(request.newPassword());
        var command = Fields.rule(() -> new ChangePassword.Command(Callers.of(ctx).userId(), Callers.tokenOf(ctx), current, next));
        ctx.json(Envelope.ok(new Changed(changePassword.change(command).signedOut())));
    }
}
