package spanel.application.giftcard.port.in;

import java.util.Optional;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;

/** The admin list of gift cards. */
public interface GiftCardQueries {

    /** Newest first; {@code state} is active, used_up or expired. */
    Page<GiftCard> list(Optional<String> state, Optional<String> batch, PageRequest page);
}
