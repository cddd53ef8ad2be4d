package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.AccountView;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.application.user.port.in.ShowUserInfo;

/** GET /app/api/v0/user/info: the caller's own account, with their subscription_url and next_traffic_reset. */
public final class UserInfoHandler implements Handler {

    private final ShowUserInfo showUserInfo;

    public UserInfoHandler(ShowUserInfo showUserInfo) {
        this.showUserInfo = showUserInfo;
    }

    @Override
    public void handle(Context ctx) {
        var info = showUserInfo.show(new ShowUserInfo.Query(Callers.of(ctx).userId()));
        ctx.json(Envelope.ok(AccountView.forOwner(info.account(), info.subscriptionUrl(), info.nextTrafficReset())));
    }
}
