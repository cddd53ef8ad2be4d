package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Json;
import spanel.application.user.port.in.LogIn;
import spanel.domain.user.Email;

/**
 * POST /app/api/v0/auth/login: {"email","password"} → {"access_token","token_type":"bearer","expires_in"}.
 * The device cookie the client sends goes to the use case, and a new one comes back with every
 * success: HttpOnly, for the log-in path only, kept as long as a known address.
 */
public final class LogInHandler implements Handler {

    record LogInRequest(String email, String password) {
    }

    record Token(String accessToken, String tokenType, long expiresIn) {
    }

    /** The device cookie's name (OWASP's device cookies: see {@link spanel.domain.user.DeviceCookie}). */
    public static final String DEVICE_COOKIE = DeviceCookieHeader.NAME;

    private final LogIn logIn;

    public LogInHandler(LogIn logIn) {
        this.logIn = logIn;
    }

    @Override
    public void handle(Context ctx) {
        LogInRequest request = Json.body(ctx, LogInRequest.class);
        Email email = Fields.checked("email", () -> Email.of(Fields.required("email", request.email())));
        String password = Fields.required("password", request.password());
        Optional<String> device = Optional.ofNullable(ctx.cookie(DEVICE_COOKIE));
        LogIn.Command command = Fields.checked("password",
                () -> new LogIn.Command(email, password, Callers.limitKey(ctx), device));
        var loggedIn = logIn.logIn(command);
        DeviceCookieHeader.set(ctx, ctx.path(), loggedIn.deviceCookie());
        ctx.json(Envelope.ok(new Token(loggedIn.token().value(), "bearer", loggedIn.expiresIn().toSeconds())));
    }
}
