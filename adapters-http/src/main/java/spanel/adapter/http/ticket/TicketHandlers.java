package spanel.adapter.http.ticket;

import io.javalin.http.Context;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.adapter.http.support.Listing;
import spanel.adapter.http.ticket.TicketViews.NewTicketRequest;
import spanel.adapter.http.ticket.TicketViews.ReplyRequest;
import spanel.adapter.http.ticket.TicketViews.ThreadView;
import spanel.adapter.http.ticket.TicketViews.TicketView;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

/** /user/tickets for a ticket's user, /admin/tickets for staff: the same use cases, staff seeing every ticket. */
final class TicketHandlers {

    private final TicketUseCases tickets;

    TicketHandlers(TicketUseCases tickets) {
        this.tickets = tickets;
    }

    void listMine(Context ctx) {
        var page = tickets.queries().mine(caller(ctx), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("tickets", page, TicketView::of)));
    }

    void showMine(Context ctx) {
        ctx.json(Envelope.ok(ThreadView.of(tickets.queries().mine(caller(ctx), id(ctx)))));
    }

    void open(Context ctx) {
        NewTicketRequest request = Json.body(ctx, NewTicketRequest.class);
        String subject = Fields.required("subject", request.subject());
        String text = Fields.required("text", request.text());
        var thread = tickets.open().open(Fields.rule(() -> new OpenTicket.Command(caller(ctx), subject, text)));
        ctx.json(Envelope.ok(ThreadView.of(thread)));
    }

    void replyAsUser(Context ctx) {
        reply(ctx, false);
    }

    void closeAsUser(Context ctx) {
        close(ctx, false);
    }

    void listAll(Context ctx) {
        var page = tickets.queries().all(state(ctx), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("tickets", page, TicketView::of)));
    }

    void showAny(Context ctx) {
        ctx.json(Envelope.ok(ThreadView.of(tickets.queries().one(id(ctx)))));
    }

    void replyAsStaff(Context ctx) {
        reply(ctx, true);
    }

    void closeAsStaff(Context ctx) {
        close(ctx, true);
    }

    private void reply(Context ctx, boolean staff) {
        TicketId ticket = id(ctx);
        String text = Fields.required("text", Json.body(ctx, ReplyRequest.class).text());
        var thread = tickets.reply().reply(Fields.rule(() -> new ReplyToTicket.Command(caller(ctx), staff, ticket, text)));
        ctx.json(Envelope.ok(ThreadView.of(thread)));
    }

    private void close(Context ctx, boolean staff) {
        var ticket = tickets.close().close(new CloseTicket.Command(caller(ctx), staff, id(ctx)));
        ctx.json(Envelope.ok(TicketView.of(ticket)));
    }

    private static UserId caller(Context ctx) {
        return Callers.of(ctx).userId();
    }

    private static TicketId id(Context ctx) {
        return new TicketId(Fields.pathId(ctx, "id"));
    }

    private static Optional<TicketState> state(Context ctx) {
        String text = ctx.queryParam("state");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TicketState.fromWire(text)
                .orElseThrow(() -> InvalidRequest.field("state", "open, answered or closed")));
    }
}
