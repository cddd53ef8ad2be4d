package spanel.application.admin;

import java.util.List;
import java.util.Objects;
import spanel.application.admin.port.in.AdminQueries;
import spanel.application.admin.port.out.TopUpOrderQueries;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.balance.BookedEntry;
import spanel.domain.error.NotFound;
import spanel.domain.page.Page;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

public final class AdminQueryService implements AdminQueries {

    private final UserDirectory directory;
    private final UserAccounts accounts;
    private final TopUpOrderQueries orders;

    public AdminQueryService(UserDirectory directory, UserAccounts accounts, TopUpOrderQueries orders) {
        this.directory = Objects.requireNonNull(directory);
        this.accounts = Objects.requireNonNull(accounts);
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public Page<UserAccount> users(UsersQuery query) {
        return directory.search(query.emailContains(), query.page());
    }

    @Override
    public UserAccount user(UserId user) {
        return accounts.find(user).orElseThrow(() -> new NotFound("no user " + user));
    }

    @Override
    public Page<TopUpOrder> orders(OrdersQuery query) {
        return orders.list(new TopUpOrderQueries.Filter(query.status(), query.gateway(), query.user(), query.createdFrom(),
                query.createdBefore()), query.page());
    }

    @Override
    public List<BookedEntry> ledger(LedgerQuery query) {
        return orders.ledger(query.from(), query.to(), query.afterId(), query.limit());
    }
}
