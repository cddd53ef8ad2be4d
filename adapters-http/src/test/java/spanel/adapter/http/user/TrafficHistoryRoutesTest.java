package spanel.adapter.http.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.application.user.port.in.ShowTrafficHistory;
import spanel.application.user.port.in.ShowTrafficHistory.Bytes;
import spanel.domain.user.UserId;

class TrafficHistoryRoutesTest extends RouteTest {

    @Test
    void theHistoryComesInTheContractsShapeOldestFirst() {
        AtomicReference<ShowTrafficHistory.Query> seen = new AtomicReference<>();
        useCases.trafficHistory = query -> {
            seen.set(query);
            return new ShowTrafficHistory.History(List.of(
                    new ShowTrafficHistory.Day(LocalDate.parse("2026-03-09"), Bytes.ZERO, List.of()),
                    new ShowTrafficHistory.Day(LocalDate.parse("2026-03-10"), new Bytes(3, 30, 66),
                            List.of(new ShowTrafficHistory.NodeBytes(5, new Bytes(3, 30, 66))))));
        };

        var reply = http().get("/app/api/v0/user/traffic?days=2", bearer(USER_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new ShowTrafficHistory.Query(new UserId(7), 2));
        var days = reply.json().get("data").get("days");
        assertThat(days.get(0).toString()).isEqualTo("{\"date\":\"2026-03-09\",\"u\":0,\"d\":0,\"billed\":0,\"nodes\":[]}");
        assertThat(days.get(1).toString()).isEqualTo("{\"date\":\"2026-03-10\",\"u\":3,\"d\":30,\"billed\":66,"
                + "\"nodes\":[{\"id\":5,\"u\":3,\"d\":30,\"billed\":66}]}");

        http().get("/app/api/v0/user/traffic", bearer(USER_TOKEN));
        assertThat(seen.get().days()).isEqualTo(30);
    }

    @Test
    void daysOutsideOneToNinetyAreA400NamingIt() {
        for (String days : List.of("0", "91", "-1", "x", "1.5")) {
            assertInvalidField(http().get("/app/api/v0/user/traffic?days=" + days, bearer(USER_TOKEN)), "days");
        }
        assertRefused(http().get("/app/api/v0/user/traffic?days=7"), 401, "unauthorized");
    }
}
