package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.application.user.port.in.LogOut;

/** POST /app/api/v0/auth/logout: revokes the token the request came with → {}. */
public final class LogOutHandler implements Handler {

    private final LogOut logOut;

    public LogOutHandler(LogOut logOut) {
        this.logOut = logOut;
    }

    @Override
    public void handle(Context ctx) {
        logOut.logOut(new LogOut.Command(Callers.tokenOf(ctx)));
        ctx.json(Envelope.ok(Map.of()));
    }
}
