package spanel.application.giftcard.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * An admin creates gift cards, one or a batch, each worth an amount of balance or one plan. The
 * codes are in the answer only: what is stored cannot give them back.
 */
public interface CreateGiftCards {

    int MAX_COUNT = 1000;
    int MAX_USES = 1_000_000;

    Created create(Command command);

    /** {@code admin} is empty for the command line, which answers to whoever runs it, as for nodes. */
    record Command(Optional<UserId> admin, int count, Optional<Money> value, Optional<ProductId> plan, int uses,
            Optional<Instant> expiresAt) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (count < 1 || count > MAX_COUNT) {
                throw new IllegalArgumentException("count: 1 to " + MAX_COUNT);
            }
            if (uses < 1 || uses > MAX_USES) {
                throw new IllegalArgumentException("uses: 1 to " + MAX_USES);
            }
            if (value.isPresent() == plan.isPresent()) {
                throw new IllegalArgumentException("value: give either value (an amount) or shop_id (a plan)");
            }
            if (value.isPresent() && value.get().isZero()) {
                throw new IllegalArgumentException("value: more than 0");
            }
        }
    }

    /** The batch's name and each card's id with its code, shown this once. */
    record Created(String batch, List<Issued> cards) {
        public Created {
            Objects.requireNonNull(batch, "batch");
            cards = List.copyOf(cards);
        }
    }

    record Issued(long id, String code) {
    }
}
