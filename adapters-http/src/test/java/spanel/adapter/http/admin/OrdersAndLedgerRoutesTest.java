package spanel.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.admin.port.in.AdminQueries;
import spanel.domain.balance.BookedEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.payment.OrderStatus;
import spanel.domain.user.UserId;

/** The admin's order list by status, gateway, user and time, and the ledger's CSV export. */
class OrdersAndLedgerRoutesTest extends RouteTest {

    private static final String ADMIN = "/app/api/v0/admin";
    private static final Instant FROM = Instant.ofEpochSecond(1_764_547_200L);
    private static final Instant TO = Instant.ofEpochSecond(1_764_633_600L);

    @Test
    void ordersAreFilteredByStatusGatewayUserAndCreationTime() {
        AtomicReference<AdminQueries.OrdersQuery> seen = new AtomicReference<>();
        useCases.listOrders = query -> {
            seen.set(query);
            return new Page<>(List.of(), 0, query.page());
        };

        TestHttp.Reply reply = http().get(ADMIN + "/orders?status=0&gateway=alipay&user_id=7&from=" + FROM.getEpochSecond()
                + "&to=" + TO.getEpochSecond() + "&page=2&size=5", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new AdminQueries.OrdersQuery(Optional.of(OrderStatus.UNPAID), Optional.of("alipay"),
                Optional.of(new UserId(7)), Optional.of(FROM), Optional.of(TO), seen.get().page()));
        assertThat(seen.get().page().page()).isEqualTo(2);
    }

    @Test
    void aBadFilterIs400NamingItAndReachesNoQuery() {
        assertInvalidField(http().get(ADMIN + "/orders?from=yesterday", bearer(ADMIN_TOKEN)), "from");
        assertInvalidField(http().get(ADMIN + "/orders?from=-1", bearer(ADMIN_TOKEN)), "from");
        assertInvalidField(http().get(ADMIN + "/orders?from=200&to=100", bearer(ADMIN_TOKEN)), "to");
        assertInvalidField(http().get(ADMIN + "/orders?gateway=%3Cscript%3E", bearer(ADMIN_TOKEN)), "gateway");
        assertThat(useCases.unexpectedCalls()).isEmpty();
    }

    @Test
    void theLedgerOfARangeIsACsvFileReadABatchAtATime() {
        List<AdminQueries.LedgerQuery> asked = new ArrayList<>();
        List<BookedEntry> rows = new ArrayList<>();
        for (int i = 1; i <= 1_001; i++) {
            rows.add(new BookedEntry(i, new LedgerEntry(new UserId(7), i % 2 == 0 ? -500 : 1_999, Money.ofFen(10_005),
                    "topup", "order-" + i, "top-up T" + i), FROM.plusSeconds(i)));
        }
        useCases.exportLedger = query -> {
            asked.add(query);
            return rows.stream().filter(r -> r.id() > query.afterId()).limit(query.limit()).toList();
        };

        TestHttp.Reply reply = http().get(ADMIN + "/ledger/export?from=" + FROM.getEpochSecond() + "&to=" + TO.getEpochSecond(),
                bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("attachment").contains(".csv");
        String[] lines = reply.body().split("\r\n");
        assertThat(lines).hasSize(1 + 1_001);
        assertThat(lines[0]).isEqualTo("id,user_id,delta,balance_after,source_type,source_id,note,created_at");
        assertThat(lines[1]).isEqualTo("1,7,19.99,100.05,topup,order-1,top-up T1," + FROM.plusSeconds(1));
        assertThat(lines[2]).startsWith("2,7,-5.00,100.05,");
        assertThat(asked).extracting(AdminQueries.LedgerQuery::afterId).containsExactly(0L, 0L, 1_000L);
        assertThat(asked).allSatisfy(q -> assertThat(q.from()).isEqualTo(FROM));
    }

    @Test
    void aNoteIsQuotedAsCsvQuotesAndNeverReadAsAFormula() {
        assertThat(LedgerCsv.text("plain")).isEqualTo("plain");
        assertThat(LedgerCsv.text("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(LedgerCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(LedgerCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LedgerCsv.amount(-5)).isEqualTo("-0.05");
        assertThat(LedgerCsv.amount(123_456)).isEqualTo("1234.56");
    }

    @Test
    void theExportNeedsARangeAndAnAdmin() {
        assertInvalidField(http().get(ADMIN + "/ledger/export?to=" + TO.getEpochSecond(), bearer(ADMIN_TOKEN)), "from");
        assertInvalidField(http().get(ADMIN + "/ledger/export?from=" + FROM.getEpochSecond(), bearer(ADMIN_TOKEN)), "to");
        assertInvalidField(http().get(ADMIN + "/ledger/export?from=" + TO.getEpochSecond() + "&to=" + FROM.getEpochSecond(),
                bearer(ADMIN_TOKEN)), "to");
        assertRefused(http().get(ADMIN + "/ledger/export?from=1&to=2", bearer(USER_TOKEN)), 403, "forbidden");
        assertThat(useCases.unexpectedCalls()).isEmpty();
    }
}
