package spanel.application.giftcard.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.giftcard.GiftCardId;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/** Gift cards, stored by the keyed hash of their code, and their redemptions. */
public interface GiftCards {

    /** Stores a card. Codes carry 100 random bits, so two equal ones are not expected: the unique hash refuses them. */
    GiftCardId add(NewCard card);

    Optional<GiftCard> findByHash(String codeHash);

    /**
     * Records that the user redeems the card; empty when this user has redeemed it before (also when
     * a concurrent redemption by the same user commits first). Returns the redemption's id.
     */
    Optional<Long> recordRedemption(GiftCardId card, UserId user, Money credited, Instant now);

    /** Takes one use in one guarded update (uses left above 0, not expired at {@code now}); false when none is left. */
    boolean takeOneUse(GiftCardId card, Instant now);

    /** Notes the purchase a plan card's redemption made. */
    void purchased(long redemption, PurchaseId purchase);

    /** Cards newest first, optionally only one state (active, used_up, expired at {@code now}) or one batch. */
    Page<GiftCard> list(Optional<String> state, Optional<String> batch, Instant now, PageRequest page);

    /** A card to store: its code's hash and hint, and what it is worth. */
    record NewCard(String codeHash, String hint, String batch, Money value, Optional<ProductId> plan, int uses,
            Optional<Instant> expiresAt, Optional<UserId> createdBy, Instant createdAt) {
        public NewCard {
            Objects.requireNonNull(codeHash, "codeHash");
            Objects.requireNonNull(hint, "hint");
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(createdBy, "createdBy");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
