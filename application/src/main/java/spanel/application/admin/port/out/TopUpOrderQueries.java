package spanel.application.admin.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.balance.BookedEntry;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** Top-up orders as admins review them, and the balance ledger they export. */
public interface TopUpOrderQueries {

    /** Orders with the given status and of the given user, when given; newest first. */
    default Page<TopUpOrder> list(Optional<OrderStatus> status, Optional<UserId> user, PageRequest page) {
        return list(new Filter(status, Optional.empty(), user, Optional.empty(), Optional.empty()), page);
    }

    /** Orders matching every filter given; newest first. */
    Page<TopUpOrder> list(Filter filter, PageRequest page);

    /** The balance ledger's rows booked in [from, to) with an id above {@code afterId}, by id, at most {@code limit}. */
    List<BookedEntry> ledger(Instant from, Instant to, long afterId, int limit);

    /** {@code createdFrom} inclusive, {@code createdBefore} exclusive; an empty filter matches every order. */
    record Filter(Optional<OrderStatus> status, Optional<String> gateway, Optional<UserId> user,
            Optional<Instant> createdFrom, Optional<Instant> createdBefore) {
        public Filter {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(createdFrom, "createdFrom");
            Objects.requireNonNull(createdBefore, "createdBefore");
        }
    }
}
