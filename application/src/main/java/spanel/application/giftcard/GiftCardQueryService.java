package spanel.application.giftcard;

import java.time.Clock;
import java.time.Instant;
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
    public Page<Listed> list(Optional<String> state, Optional<String> batch, PageRequest page) {
        Instant now = clock.instant();
        Page<GiftCard> found = cards.list(state, batch, now, page);
        return new Page<>(found.items().stream().map(card -> new Listed(card, card.state(now))).toList(), found.total(),
                found.request());
    }
}
