package spanel.application.admin.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.ImportedOrder;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** What an admin reads about accounts, top-up orders, and payments an import brought over. */
public interface AdminQueries {

    /** The accounts a page at a time, optionally searching by email. */
    Page<UserAccount> users(UsersQuery query);

    /** One account, banned or not; an unknown id is not found. */
    UserAccount user(UserId user);

    /** Every user's top-up orders a page at a time, newest first, by status and user. */
    Page<TopUpOrder> orders(OrdersQuery query);

    /**
     * One user's paid orders and top-ups in the panel spanel was imported from, newest first: history
     * only, no money moves with them. An unknown user is not found.
     */
    Page<ImportedOrder> importedOrders(UserId user, PageRequest page);

    record UsersQuery(Optional<String> emailContains, PageRequest page) {
        public static final int MAX_SEARCH_LENGTH = 255;

        public UsersQuery {
            Objects.requireNonNull(page, "page");
            emailContains = Objects.requireNonNull(emailContains, "emailContains").map(String::strip).filter(q -> !q.isEmpty());
            if (emailContains.isPresent() && emailContains.get().length() > MAX_SEARCH_LENGTH) {
                throw new IllegalArgumentException("at most " + MAX_SEARCH_LENGTH + " characters");
            }
        }
    }

    record OrdersQuery(Optional<OrderStatus> status, Optional<UserId> user, PageRequest page) {
        public OrdersQuery {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(page, "page");
        }
    }
}
