package spanel.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.admin.port.in.AdminQueries;
import spanel.application.admin.port.out.TopUpOrderQueries;
import spanel.application.user.AccountFakes;
import spanel.domain.balance.BookedEntry;
import spanel.domain.error.NotFound;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.ImportedOrder;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class AdminQueryServiceTest {

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final AdminQueryService queries = new AdminQueryService(new UserDirectoryFake(accounts), accounts,
            new TopUpOrderQueries() {
                @Override
                public Page<TopUpOrder> list(Filter filter, PageRequest page) {
                    return new Page<>(List.of(), 0, page);
                }

                @Override
                public Page<ImportedOrder> imported(UserId user, PageRequest page) {
                    return new Page<>(List.of(), 0, page);
                }

                @Override
                public List<BookedEntry> ledger(Instant from, Instant to, long afterId, int limit) {
                    return List.of();
                }
            });

    @Test
    void anAdminSeesAnyAccountBannedOrNot() {
        UserAccount banned = aUser(7).banned().build();
        accounts.stored.add(banned);

        assertThat(queries.user(UserId.of(7))).isEqualTo(banned);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> queries.user(UserId.of(9))).isInstanceOf(NotFound.class);
    }

    @Test
    void theImportedOrdersOfAnUnknownUserAreNotFound() {
        accounts.stored.add(aUser(7).build());

        assertThat(queries.importedOrders(UserId.of(7), new PageRequest(1, 20)).items()).isEmpty();
        assertThatThrownBy(() -> queries.importedOrders(UserId.of(9), new PageRequest(1, 20))).isInstanceOf(NotFound.class);
    }

    @Test
    void anOrderRangeThatEndsBeforeItStartsIsRefusedWhenTheQueryIsMade() {
        Instant noon = Instant.parse("2026-12-01T12:00:00Z");
        assertThatThrownBy(() -> new AdminQueries.OrdersQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(noon), Optional.of(noon), new PageRequest(1, 20))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdminQueries.LedgerQuery(noon, noon.minusSeconds(1), 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverlongSearchIsRefusedWhenTheQueryIsMade() {
        assertThatThrownBy(() -> new AdminQueries.UsersQuery(Optional.of("x".repeat(AdminQueries.UsersQuery.MAX_SEARCH_LENGTH + 1)),
                new PageRequest(1, 20))).isInstanceOf(IllegalArgumentException.class);
    }
}
