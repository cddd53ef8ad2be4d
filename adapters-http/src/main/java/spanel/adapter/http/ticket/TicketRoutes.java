package spanel.adapter.http.ticket;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** Tickets (docs/SUPPORT.md): /user/* is behind the token check, /admin/* behind the admin check. */
public final class TicketRoutes {

    private TicketRoutes() {
    }

    public static void register(RoutesConfig routes, TicketUseCases useCases) {
        TicketHandlers tickets = new TicketHandlers(useCases);
        routes.get(V0 + "/user/tickets", tickets::listMine);
        routes.post(V0 + "/user/tickets", tickets::open);
        routes.get(V0 + "/user/tickets/{id}", tickets::showMine);
        routes.post(V0 + "/user/tickets/{id}/reply", tickets::replyAsUser);
        routes.post(V0 + "/user/tickets/{id}/close", tickets::closeAsUser);
        routes.get(V0 + "/admin/tickets", tickets::listAll);
        routes.get(V0 + "/admin/tickets/{id}", tickets::showAny);
        routes.post(V0 + "/admin/tickets/{id}/reply", tickets::replyAsStaff);
        routes.post(V0 + "/admin/tickets/{id}/close", tickets::closeAsStaff);
    }
}
