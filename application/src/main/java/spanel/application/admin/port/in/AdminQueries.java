package spanel.application.admin.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.balance.BookedEntry;
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

    /** Every user's top-up orders a page at a time, newest first, by status, gateway, user and creation time. */
    Page<TopUpOrder> orders(OrdersQuery query);

    /**
     * One user's paid orders and top-ups in the panel spanel was imported from, newest first: history
     * only, no money moves with them. An unknown user is not found.
     */
    Page<ImportedOrder> importedOrders(UserId user, PageRequest page);

    /**
     * The balance ledger's rows booked in [from, to), oldest first, after the row {@code afterId},
     * at most {@code limit}: an export reads the range a batch at a time.
     */
    List<BookedEntry> ledger(LedgerQuery query);

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

    /** {@code createdFrom} inclusive, {@code createdBefore} exclusive. */
    record OrdersQuery(Optional<OrderStatus> status, Optional<String> gateway, Optional<UserId> user,
            Optional<Instant> createdFrom, Optional<Instant> createdBefore, PageRequest page) {
        public OrdersQuery {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(createdFrom, "createdFrom");
            Objects.requireNonNull(createdBefore, "createdBefore");
            Objects.requireNonNull(page, "page");
            if (createdFrom.isPresent() && createdBefore.isPresent() && !createdFrom.get().isBefore(createdBefore.get())) {
                throw new IllegalArgumentException("from must be before to");
            }
        }

        public OrdersQuery(Optional<OrderStatus> status, Optional<UserId> user, PageRequest page) {
            this(status, Optional.empty(), user, Optional.empty(), Optional.empty(), page);
        }
    }

    /** Rows booked in [from, to) with an id above {@code afterId}; {@code limit} from 1 to 10,000. */
    record LedgerQuery(Instant from, Instant to, long afterId, int limit) {
        public static final int MAX_LIMIT = 10_000;

        public LedgerQuery {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit: 1 to " + MAX_LIMIT);
            }
        }
    }
}
