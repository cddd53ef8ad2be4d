package spanel.adapter.http.ticket;

import java.util.List;
import spanel.application.ticket.port.in.TicketThread;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketMessage;

/**
 * Tickets on the wire. Subjects and messages go out as the JSON strings they are: whatever shows
 * them sets them as text, never as markup.
 */
final class TicketViews {

    private TicketViews() {
    }

    record TicketView(long id, long userId, String subject, String state, String createdAt, String updatedAt) {
        static TicketView of(Ticket ticket) {
            return new TicketView(ticket.id().value(), ticket.user().value(), ticket.subject(), ticket.state().wire(),
                    ticket.createdAt().toString(), ticket.updatedAt().toString());
        }
    }

    record MessageView(long id, boolean fromStaff, String text, String createdAt) {
        static MessageView of(TicketMessage message) {
            return new MessageView(message.id(), message.fromStaff(), message.text(), message.createdAt().toString());
        }
    }

    record ThreadView(long id, long userId, String subject, String state, String createdAt, String updatedAt,
            List<MessageView> messages) {
        static ThreadView of(TicketThread thread) {
            TicketView ticket = TicketView.of(thread.ticket());
            return new ThreadView(ticket.id(), ticket.userId(), ticket.subject(), ticket.state(), ticket.createdAt(),
                    ticket.updatedAt(), thread.messages().stream().map(MessageView::of).toList());
        }
    }

    record NewTicketRequest(String subject, String text) {
    }

    record ReplyRequest(String text) {
    }
}
