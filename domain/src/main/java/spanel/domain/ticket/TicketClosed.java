package spanel.domain.ticket;

import spanel.domain.error.Refusal;

/** Staff replied to a ticket that is closed: 409 ticket_closed (only its user's reply reopens it). */
public final class TicketClosed extends Refusal {

    private static final long serialVersionUID = 1L;

    public TicketClosed(TicketId id) {
        super(Kind.CONFLICT, "ticket_closed", "ticket " + id + " is closed; only its user's reply reopens it");
    }
}
