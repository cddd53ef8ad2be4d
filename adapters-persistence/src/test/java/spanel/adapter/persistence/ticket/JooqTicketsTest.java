package spanel.adapter.persistence.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.ticket.CloseTicketService;
import spanel.application.ticket.OpenTicketService;
import spanel.application.ticket.ReplyToTicketService;
import spanel.application.ticket.TicketLimit;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketClosed;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketMessage;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.Attempts;
import spanel.domain.user.RateLimit;
import spanel.domain.user.UserId;

class JooqTicketsTest extends PersistenceContractTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** Every attempt is the first of its window: these tests are about storage, not the limit. */
    private static final AttemptLimiter NO_LIMIT = new AttemptLimiter() {
        @Override
        public Attempts record(String key, Duration window) {
            return new Attempts(1, window);
        }

        @Override
        public Attempts peek(String key) {
            return Attempts.NONE;
        }
    };

    private JooqTickets tickets() {
        return new JooqTickets(dsl());
    }

    private UserId aUser() {
        return new UserId(Seed.activeUser(dsl()));
    }

    @Test
    void aTicketAndItsThreadComeBackAsWrittenMarkupAndAllInOrder() {
        UserId user = aUser();
        UserId admin = aUser();
        String hostile = "<script>alert('x')</script> 😀 “quoted”\nline two";
        TicketId id = tickets().open(user, "<b>subject</b>", T0);
        tickets().addMessage(id, user, false, hostile, T0);
        tickets().addMessage(id, admin, true, "answer", T0.plusSeconds(60));

        Ticket ticket = tickets().find(id).orElseThrow();
        assertThat(ticket).isEqualTo(new Ticket(id, user, "<b>subject</b>", TicketState.OPEN, T0, T0));
        assertThat(tickets().messages(id)).extracting(TicketMessage::text, TicketMessage::fromStaff, TicketMessage::author)
                .containsExactly(tuple(hostile, false, user),
                        tuple("answer", true, admin));
    }

    @Test
    void aMoveAppliesOnlyFromTheStatesGiven() {
        TicketId id = tickets().open(aUser(), "s", T0);

        assertThat(tickets().move(id, EnumSet.of(TicketState.ANSWERED), TicketState.CLOSED, T0.plusSeconds(5))).isFalse();
        assertThat(tickets().move(id, EnumSet.of(TicketState.OPEN), TicketState.CLOSED, T0.plusSeconds(9))).isTrue();

        Ticket ticket = tickets().find(id).orElseThrow();
        assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
        assertThat(ticket.updatedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(tickets().move(new TicketId(Long.MAX_VALUE), EnumSet.allOf(TicketState.class), TicketState.OPEN, T0))
                .isFalse();
    }

    @Test
    void aUserSeesTheirOwnNewestFirstAndStaffTheLongestWaitingFirst() {
        UserId user = aUser();
        TicketId older = tickets().open(user, "older", T0.minusSeconds(7200));
        TicketId newer = tickets().open(user, "newer", T0.minusSeconds(3600));
        tickets().open(aUser(), "someone else's", T0);

        var mine = tickets().ofUser(user, new PageRequest(1, 1));
        assertThat(mine.total()).isEqualTo(2);
        assertThat(mine.items()).extracting(Ticket::id).containsExactly(newer);

        tickets().move(newer, EnumSet.of(TicketState.OPEN), TicketState.ANSWERED, T0.minusSeconds(3000));
        var open = tickets().inState(Optional.of(TicketState.OPEN), new PageRequest(1, 100)).items();
        assertThat(open).extracting(Ticket::id).contains(older).doesNotContain(newer);
        assertThat(open.get(0).updatedAt()).isBeforeOrEqualTo(open.get(open.size() - 1).updatedAt());
        assertThat(tickets().inState(Optional.of(TicketState.ANSWERED), new PageRequest(1, 100)).items())
                .extracting(Ticket::id).contains(newer);
    }

    @Test
    void staffsAnswerRacingAUsersCloseEitherLandsBeforeTheCloseOrIsRefused() throws Exception {
        var limit = new TicketLimit(NO_LIMIT, new RateLimit(100, Duration.ofHours(1)));
        var clock = Clock.fixed(T0, ZoneOffset.UTC);
        var open = new OpenTicketService(tickets(), limit, transactions(), clock);
        var reply = new ReplyToTicketService(tickets(), limit, transactions(), clock);
        var close = new CloseTicketService(tickets(), clock);
        UserId user = aUser();
        UserId admin = aUser();

        for (int round = 0; round < 5; round++) {
            TicketId id = open.open(new OpenTicket.Command(user, "race " + round, "help")).ticket().id();
            List<Object> outcomes = Races.race(2, i -> i == 0
                    ? () -> reply.reply(new ReplyToTicket.Command(admin, true, id, "answer"))
                    : () -> close.close(new CloseTicket.Command(user, false, id)));

            boolean answered = !(outcomes.get(0) instanceof TicketClosed);
            assertThat(tickets().find(id).orElseThrow().state()).isEqualTo(TicketState.CLOSED);
            assertThat(tickets().messages(id)).hasSize(answered ? 2 : 1);
        }
    }
}
