package spanel.domain.referral;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

/** What one paid order of an invitee earned its inviter. */
public record Commission(long id, UserId inviter, UserId invitee, OrderId order, Money amount, Instant createdAt) {

    public Commission {
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
