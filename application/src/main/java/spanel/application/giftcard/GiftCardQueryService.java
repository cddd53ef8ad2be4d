package spanel.application.giftcard;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import spanel.application.giftcard.port.in.GiftCardQueries;
import spanel.application.giftcard.port.out.GiftCards;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;

public final class GiftCardQueryService implements GiftCardQueries {

    private final GiftCards cards;
    private final Clock clock;

    public GiftCardQueryService(GiftCards cards, Clock clock) {
        this.cards = Objects.requireNonNull(cards);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<GiftCard> list(Optional<String> state, Optional<String> batch, PageRequest page) {
        return cards.list(state, batch, clock.instant(), page);
    }
}
