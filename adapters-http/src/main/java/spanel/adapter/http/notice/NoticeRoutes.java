package spanel.adapter.http.notice;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** A user's notifications (docs/NOTIFICATIONS.md), behind the token check. */
public final class NoticeRoutes {

    private NoticeRoutes() {
    }

    public static void register(RoutesConfig routes, NoticeUseCases useCases) {
        NoticeHandlers notices = new NoticeHandlers(useCases);
        routes.get(V0 + "/user/notifications", notices::show);
        routes.put(V0 + "/user/notifications", notices::choose);
        routes.post(V0 + "/user/telegram/link", notices::link);
        routes.delete(V0 + "/user/telegram/link", notices::unlink);
    }
}
