package spanel.adapter.http.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.ticket.port.in.TicketQueries;
import spanel.application.ticket.port.in.TicketThread;
import spanel.domain.error.NotFound;
import spanel.domain.error.RateLimited;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketClosed;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketMessage;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserId;

class TicketRoutesTest extends RouteTest {

    private static final String USER = "/app/api/v0/user/tickets";
    private static final String ADMIN = "/app/api/v0/admin/tickets";
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static TicketThread thread(long id, String subject, TicketState state, String... texts) {
        var ticket = new Ticket(new TicketId(id), new UserId(7), subject, state, AT, AT.plusSeconds(60));
        List<TicketMessage> messages = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            messages.add(new TicketMessage(i + 1, new UserId(i % 2 == 0 ? 7 : 1), i % 2 == 1, texts[i], AT));
        }
        return new TicketThread(ticket, messages);
    }

    @Test
    void aUserOpensATicketAndGetsItsThreadBackWithTheTextAsSent() {
        AtomicReference<OpenTicket.Command> seen = new AtomicReference<>();
        useCases.openTicket = command -> {
            seen.set(command);
            return thread(5, command.subject(), TicketState.OPEN, command.text());
        };

        TestHttp.Reply reply = http().post(USER, "{\"subject\":\"" + HOSTILE + "\",\"text\":\"line\\nnext\"}",
                bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get().user()).isEqualTo(new UserId(7));
        var data = reply.json().get("data");
        assertThat(data.get("id").asLong()).isEqualTo(5);
        assertThat(data.get("user_id").asLong()).isEqualTo(7);
        assertThat(data.get("subject").asText()).isEqualTo(HOSTILE);
        assertThat(data.get("state").asText()).isEqualTo("open");
        assertThat(data.get("updated_at").asText()).isEqualTo("2026-03-01T10:01:00Z");
        assertThat(data.get("messages").get(0).get("text").asText()).isEqualTo("line\nnext");
        assertThat(data.get("messages").get(0).get("from_staff").asBoolean()).isFalse();
        assertThat(reply.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void badTicketTextIs400NamingTheFieldAndReachesNoUseCase() {
        assertInvalidField(http().post(USER, "{\"text\":\"t\"}", bearer(USER_TOKEN)), "subject");
        assertInvalidField(http().post(USER, "{\"subject\":\"s\",\"text\":\"  \"}", bearer(USER_TOKEN)), "text");
        assertInvalidField(http().post(USER, "{\"subject\":\"" + "s".repeat(121) + "\",\"text\":\"t\"}",
                bearer(USER_TOKEN)), "subject");
        assertInvalidField(http().post(USER, "{\"subject\":\"a\\u0007\",\"text\":\"t\"}", bearer(USER_TOKEN)), "subject");
        assertInvalidField(http().post(USER, "{\"subject\":5,\"text\":\"t\"}", bearer(USER_TOKEN)), "subject");
        assertInvalidField(http().post(USER + "/3/reply", "{\"text\":\"" + "x".repeat(5001) + "\"}",
                bearer(USER_TOKEN)), "text");
        assertInvalidField(http().post(USER + "/abc/reply", "{\"text\":\"x\"}", bearer(USER_TOKEN)), "id");
    }

    @Test
    void ticketsNeedATokenAndStaffRoutesAnAdmin() {
        assertRefused(http().get(USER), 401, "unauthorized");
        assertRefused(http().get(ADMIN, bearer(USER_TOKEN)), 403, "forbidden");
        assertRefused(http().post(ADMIN + "/1/reply", "{\"text\":\"x\"}", bearer(USER_TOKEN)), 403, "forbidden");
    }

    @Test
    void someoneElsesTicketIs404() {
        useCases.replyToTicket = command -> {
            throw new NotFound("no ticket " + command.ticket());
        };

        assertRefused(http().post(USER + "/9/reply", "{\"text\":\"x\"}", bearer(USER_TOKEN)), 404, "not_found");
    }

    @Test
    void aUserOverTheLimitIs429WithRetryAfter() {
        useCases.openTicket = command -> {
            throw new RateLimited(1200);
        };

        TestHttp.Reply reply = http().post(USER, "{\"subject\":\"s\",\"text\":\"t\"}", bearer(USER_TOKEN));

        assertRefused(reply, 429, "rate_limited");
        assertThat(reply.header("Retry-After")).isEqualTo("1200");
    }

    @Test
    void staffRepliesAsStaffAndAClosedTicketIs409() {
        AtomicReference<ReplyToTicket.Command> seen = new AtomicReference<>();
        useCases.replyToTicket = command -> {
            seen.set(command);
            if (command.ticket().value() == 4) {
                throw new TicketClosed(command.ticket());
            }
            return thread(3, "s", TicketState.ANSWERED, "q", command.text());
        };

        TestHttp.Reply reply = http().post(ADMIN + "/3/reply", "{\"text\":\"use port 443\"}", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new ReplyToTicket.Command(new UserId(1), true, new TicketId(3), "use port 443"));
        assertThat(reply.json().get("data").get("state").asText()).isEqualTo("answered");
        assertThat(reply.json().get("data").get("messages").get(1).get("from_staff").asBoolean()).isTrue();
        assertRefused(http().post(ADMIN + "/4/reply", "{\"text\":\"late\"}", bearer(ADMIN_TOKEN)), 409, "ticket_closed");
    }

    @Test
    void aUserClosesTheirTicketWithoutABody() {
        AtomicReference<CloseTicket.Command> seen = new AtomicReference<>();
        useCases.closeTicket = command -> {
            seen.set(command);
            return thread(3, "s", TicketState.CLOSED).ticket();
        };

        TestHttp.Reply reply = http().post(USER + "/3/close", "", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new CloseTicket.Command(new UserId(7), false, new TicketId(3)));
        assertThat(reply.json().get("data").get("state").asText()).isEqualTo("closed");
    }

    @Test
    void staffListTicketsByStateAndABadStateIs400() {
        AtomicReference<Optional<TicketState>> seen = new AtomicReference<>();
        useCases.ticketQueries = new TicketQueries() {
            @Override
            public Page<Ticket> mine(UserId user, PageRequest page) {
                throw new AssertionError("not a user's list");
            }

            @Override
            public TicketThread mine(UserId user, TicketId ticket) {
                throw new AssertionError("not a user's ticket");
            }

            @Override
            public Page<Ticket> all(Optional<TicketState> state, PageRequest page) {
                seen.set(state);
                return new Page<>(List.of(thread(2, "s", TicketState.OPEN).ticket()), 31, page);
            }

            @Override
            public TicketThread one(TicketId ticket) {
                throw new AssertionError("not one ticket");
            }
        };

        TestHttp.Reply reply = http().get(ADMIN + "?state=open&page=2&size=10", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).contains(TicketState.OPEN);
        assertThat(reply.json().get("data").get("total").asLong()).isEqualTo(31);
        assertThat(reply.json().get("data").get("tickets").get(0).get("state").asText()).isEqualTo("open");
        assertInvalidField(http().get(ADMIN + "?state=pending", bearer(ADMIN_TOKEN)), "state");
    }
}
