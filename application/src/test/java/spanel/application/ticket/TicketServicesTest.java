package spanel.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.ticket.port.in.TicketThread;
import spanel.application.user.AccountFakes;
import spanel.domain.common.MovableClock;
import spanel.domain.error.NotFound;
import spanel.domain.error.RateLimited;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.TicketClosed;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketMessage;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.RateLimit;
import spanel.domain.user.UserId;

class TicketServicesTest {

    private static final UserId USER = new UserId(7);
    private static final UserId OTHER = new UserId(8);
    private static final UserId ADMIN = new UserId(1);

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final AccountFakes.Limiter limiter = new AccountFakes.Limiter();
    private final TicketLimit limit = new TicketLimit(limiter, new RateLimit(3, Duration.ofHours(1)));
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final MovableClock clock = MovableClock.at("2026-03-01T10:00:00Z");
    private final OpenTicketService open = new OpenTicketService(tickets, limit, transactions, clock);
    private final ReplyToTicketService reply = new ReplyToTicketService(tickets, limit, transactions, clock);
    private final CloseTicketService close = new CloseTicketService(tickets, clock);
    private final TicketQueryService queries = new TicketQueryService(tickets);

    private TicketId opened() {
        return open.open(new OpenTicket.Command(USER, "cannot connect", "node hk-1 times out")).ticket().id();
    }

    @Test
    void aTicketGoesOpenAnsweredClosedAndAUserReplyReopensIt() {
        TicketId id = opened();
        assertThat(tickets.find(id).orElseThrow().state()).isEqualTo(TicketState.OPEN);

        clock.advance(Duration.ofMinutes(5));
        TicketThread answered = reply.reply(new ReplyToTicket.Command(ADMIN, true, id, "try port 443"));
        assertThat(answered.ticket().state()).isEqualTo(TicketState.ANSWERED);
        assertThat(answered.ticket().updatedAt()).isEqualTo(clock.instant());

        assertThat(close.close(new CloseTicket.Command(USER, false, id)).state()).isEqualTo(TicketState.CLOSED);
        TicketThread reopened = reply.reply(new ReplyToTicket.Command(USER, false, id, "it broke again"));

        assertThat(reopened.ticket().state()).isEqualTo(TicketState.OPEN);
        assertThat(reopened.messages()).extracting(TicketMessage::fromStaff).containsExactly(false, true, false);
        assertThat(reopened.messages()).extracting(TicketMessage::text)
                .containsExactly("node hk-1 times out", "try port 443", "it broke again");
    }

    @Test
    void staffCannotAnswerAClosedTicketAndNothingIsWritten() {
        TicketId id = opened();
        close.close(new CloseTicket.Command(ADMIN, true, id));

        assertThatThrownBy(() -> reply.reply(new ReplyToTicket.Command(ADMIN, true, id, "late answer")))
                .isInstanceOf(TicketClosed.class);
        assertThat(tickets.messages(id)).hasSize(1);
        assertThat(tickets.find(id).orElseThrow().state()).isEqualTo(TicketState.CLOSED);
    }

    @Test
    void closingAClosedTicketAnswersItUnchanged() {
        TicketId id = opened();
        close.close(new CloseTicket.Command(USER, false, id));
        var closedAt = tickets.find(id).orElseThrow().updatedAt();
        clock.advance(Duration.ofHours(1));

        assertThat(close.close(new CloseTicket.Command(USER, false, id)).updatedAt()).isEqualTo(closedAt);
    }

    @Test
    void someoneElsesTicketIsNotFoundForEveryUseCase() {
        TicketId id = opened();

        assertThatThrownBy(() -> queries.mine(OTHER, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reply.reply(new ReplyToTicket.Command(OTHER, false, id, "me too")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> close.close(new CloseTicket.Command(OTHER, false, id))).isInstanceOf(NotFound.class);
        assertThat(tickets.find(id).orElseThrow().state()).isEqualTo(TicketState.OPEN);
        assertThat(queries.mine(OTHER, new PageRequest(1, 20)).items()).isEmpty();
    }

    @Test
    void aUserSendsAtMostTheLimitOfTicketsAndRepliesAndStaffAreNotCounted() {
        TicketId id = opened();
        reply.reply(new ReplyToTicket.Command(USER, false, id, "second"));
        reply.reply(new ReplyToTicket.Command(USER, false, id, "third"));
        reply.reply(new ReplyToTicket.Command(ADMIN, true, id, "staff are not limited"));

        assertThatThrownBy(() -> reply.reply(new ReplyToTicket.Command(USER, false, id, "fourth")))
                .isInstanceOf(RateLimited.class);
        assertThatThrownBy(() -> open.open(new OpenTicket.Command(USER, "again", "fifth")))
                .isInstanceOf(RateLimited.class);
        assertThat(tickets.messages(id)).hasSize(4);
        assertThat(tickets.tickets).hasSize(1);
    }

    @Test
    void aFailureAfterTheTicketIsWrittenLeavesTheTransaction() {
        tickets.failNextMessage = true;

        assertThatThrownBy(() -> open.open(new OpenTicket.Command(USER, "subject", "text")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void staffListByStateTheLongestWaitingFirst() {
        TicketId first = opened();
        clock.advance(Duration.ofMinutes(1));
        TicketId second = opened();
        clock.advance(Duration.ofMinutes(1));
        reply.reply(new ReplyToTicket.Command(ADMIN, true, first, "answer"));

        assertThat(queries.all(Optional.of(TicketState.OPEN), new PageRequest(1, 20)).items())
                .extracting(t -> t.id()).containsExactly(second);
        assertThat(queries.all(Optional.empty(), new PageRequest(1, 20)).items())
                .extracting(t -> t.id()).containsExactly(second, first);
    }

    @Test
    void commandsRefuseBadTextNamingTheField() {
        assertThatThrownBy(() -> new OpenTicket.Command(USER, "", "text")).hasMessageStartingWith("subject:");
        assertThatThrownBy(() -> new ReplyToTicket.Command(USER, false, new TicketId(1), " "))
                .hasMessageStartingWith("text:");
    }
}
