package spanel.adapter.persistence.ticket;

import static spanel.adapter.persistence.generated.Tables.TICKETS;
import static spanel.adapter.persistence.generated.Tables.TICKET_MESSAGES;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.TicketsRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.ticket.port.out.Tickets;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketMessage;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

public final class JooqTickets implements Tickets {

    private final DSLContext dsl;

    public JooqTickets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public TicketId open(UserId user, String subject, Instant at) {
        return new TicketId(dsl.insertInto(TICKETS)
                .set(TICKETS.USER_ID, user.value())
                .set(TICKETS.SUBJECT, subject)
                .set(TICKETS.STATE, TicketState.OPEN.wire())
                .set(TICKETS.CREATED_AT, Times.utc(at))
                .set(TICKETS.UPDATED_AT, Times.utc(at))
                .returning(TICKETS.ID)
                .fetchOne(TICKETS.ID));
    }

    @Override
    public void addMessage(TicketId ticket, UserId author, boolean fromStaff, String text, Instant at) {
        dsl.insertInto(TICKET_MESSAGES)
                .set(TICKET_MESSAGES.TICKET_ID, ticket.value())
                .set(TICKET_MESSAGES.AUTHOR_ID, author.value())
                .set(TICKET_MESSAGES.FROM_STAFF, fromStaff)
                .set(TICKET_MESSAGES.BODY, text)
                .set(TICKET_MESSAGES.CREATED_AT, Times.utc(at))
                .execute();
    }

    @Override
    public boolean move(TicketId ticket, Set<TicketState> from, TicketState to, Instant at) {
        return dsl.update(TICKETS)
                .set(TICKETS.STATE, to.wire())
                .set(TICKETS.UPDATED_AT, Times.utc(at))
                .where(TICKETS.ID.eq(ticket.value()))
                .and(TICKETS.STATE.in(from.stream().map(TicketState::wire).toList()))
                .execute() == 1;
    }

    @Override
    public Optional<Ticket> find(TicketId ticket) {
        return dsl.selectFrom(TICKETS).where(TICKETS.ID.eq(ticket.value())).fetchOptional(JooqTickets::toTicket);
    }

    @Override
    public List<TicketMessage> messages(TicketId ticket) {
        return dsl.selectFrom(TICKET_MESSAGES).where(TICKET_MESSAGES.TICKET_ID.eq(ticket.value()))
                .orderBy(TICKET_MESSAGES.ID)
                .fetch(r -> new TicketMessage(r.getId(), new UserId(r.getAuthorId()), r.getFromStaff(), r.getBody(),
                        Times.instant(r.getCreatedAt())));
    }

    @Override
    public Page<Ticket> ofUser(UserId user, PageRequest page) {
        Condition where = TICKETS.USER_ID.eq(user.value());
        int total = dsl.fetchCount(TICKETS, where);
        var items = dsl.selectFrom(TICKETS).where(where).orderBy(TICKETS.UPDATED_AT.desc(), TICKETS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(JooqTickets::toTicket);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    @Override
    public Page<Ticket> inState(Optional<TicketState> state, PageRequest page) {
        Condition where = state.map(s -> TICKETS.STATE.eq(s.wire())).orElse(DSL.noCondition());
        int total = dsl.fetchCount(TICKETS, where);
        var items = dsl.selectFrom(TICKETS).where(where).orderBy(TICKETS.UPDATED_AT, TICKETS.ID)
                .limit(page.size()).offset(page.offset())
                .fetch(JooqTickets::toTicket);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    private static Ticket toTicket(TicketsRecord row) {
        return new Ticket(new TicketId(row.getId()), new UserId(row.getUserId()), row.getSubject(),
                TicketState.fromWire(row.getState()).orElseThrow(), Times.instant(row.getCreatedAt()),
                Times.instant(row.getUpdatedAt()));
    }
}
