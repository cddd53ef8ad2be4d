package spanel.application.admin.port.out;

import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.ImportedOrder;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** Top-up orders as admins review them, and the payments an import brought over. */
public interface TopUpOrderQueries {

    /** Orders with the given status and of the given user, when given; newest first. */
    Page<TopUpOrder> list(Optional<OrderStatus> status, Optional<UserId> user, PageRequest page);

    /** The user's payments in the panel spanel was imported from, newest first. */
    Page<ImportedOrder> imported(UserId user, PageRequest page);
}
