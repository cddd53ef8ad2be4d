package spanel.application.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketMessage;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

/** Tickets in memory, with the guarded move of the SQL adapter; {@code failNextMessage} breaks the next message write. */
final class InMemoryTickets implements Tickets {

    final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    final List<TicketMessage> messages = new ArrayList<>();
    private final Map<Long, TicketId> threadOf = new LinkedHashMap<>();
    boolean failNextMessage;

    @Override
    public TicketId open(UserId user, String subject, Instant at) {
        TicketId id = new TicketId(tickets.size() + 1);
        tickets.put(id, new Ticket(id, user, subject, TicketState.OPEN, at, at));
        return id;
    }

    @Override
    public void addMessage(TicketId ticket, UserId author, boolean fromStaff, String text, Instant at) {
        if (failNextMessage) {
            failNextMessage = false;
            throw new IllegalStateException("storage failed");
        }
        TicketMessage message = new TicketMessage(messages.size() + 1, author, fromStaff, text, at);
        messages.add(message);
        threadOf.put(message.id(), ticket);
    }

    @Override
    public boolean move(TicketId id, Set<TicketState> from, TicketState to, Instant at) {
        Ticket ticket = tickets.get(id);
        if (ticket == null || !from.contains(ticket.state())) {
            return false;
        }
        tickets.put(id, new Ticket(id, ticket.user(), ticket.subject(), to, ticket.createdAt(), at));
        return true;
    }

    @Override
    public Optional<Ticket> find(TicketId ticket) {
        return Optional.ofNullable(tickets.get(ticket));
    }

    @Override
    public List<TicketMessage> messages(TicketId ticket) {
        return messages.stream().filter(m -> threadOf.get(m.id()).equals(ticket)).toList();
    }

    @Override
    public Page<Ticket> ofUser(UserId user, PageRequest page) {
        return Page.slice(tickets.values().stream().filter(t -> t.isOwnedBy(user))
                .sorted(Comparator.comparing(Ticket::updatedAt).reversed()).toList(), page);
    }

    @Override
    public Page<Ticket> inState(Optional<TicketState> state, PageRequest page) {
        return Page.slice(tickets.values().stream().filter(t -> state.map(s -> s == t.state()).orElse(true))
                .sorted(Comparator.comparing(Ticket::updatedAt)).toList(), page);
    }
}
