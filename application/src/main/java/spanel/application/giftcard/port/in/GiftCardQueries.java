package spanel.application.giftcard.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;

/** The admin list of gift cards. */
public interface GiftCardQueries {

    /** Newest first; {@code state} is active, used_up or expired. */
    Page<Listed> list(Optional<String> state, Optional<String> batch, PageRequest page);

    /** A card with its state now. */
    record Listed(GiftCard card, String state) {
        public Listed {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(state, "state");
        }
    }
}
