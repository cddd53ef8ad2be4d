package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.user.port.in.RegisterUser;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/** POST /app/api/v0/auth/register: {"email","password","invite_code"?} → {"user_id"}. */
public final class RegisterHandler implements Handler {

    record RegisterRequest(String email, String password, String inviteCode) {
    }

    record Registered(long userId) {
    }

    private final RegisterUser register;

    public RegisterHandler(RegisterUser register) {
        this.register = register;
    }

    @Override
    public void handle(Context ctx) {
        RegisterRequest request = Json.body(ctx, RegisterRequest.class);
        Email email = Fields.checked("email", () -> Email.of(Fields.required("email", request.email())));
        Password password = Fields.checked("password", () -> new Password(Fields.required("password", request.password())));
        var registered = register.register(new RegisterUser.Command(email, password,
                Optional.ofNullable(request.inviteCode()).map(String::strip).filter(code -> !code.isEmpty()),
                Callers.limitKey(ctx)));
        ctx.json(Envelope.ok(new Registered(registered.userId().value())));
    }
}
