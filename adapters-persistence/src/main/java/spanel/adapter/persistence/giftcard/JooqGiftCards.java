package spanel.adapter.persistence.giftcard;

import static spanel.adapter.persistence.generated.Tables.GIFT_CARDS;
import static spanel.adapter.persistence.generated.Tables.GIFT_CARD_REDEMPTIONS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.GiftCardsRecord;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.giftcard.port.out.GiftCards;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.giftcard.GiftCardId;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

public final class JooqGiftCards implements GiftCards {

    private final DSLContext dsl;

    public JooqGiftCards(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public GiftCardId add(NewCard card) {
        return new GiftCardId(dsl.insertInto(GIFT_CARDS)
                .set(GIFT_CARDS.CODE_HASH, card.codeHash())
                .set(GIFT_CARDS.CODE_HINT, card.hint())
                .set(GIFT_CARDS.BATCH, card.batch())
                .set(GIFT_CARDS.WORTH, card.value().fen())
                .set(GIFT_CARDS.PRODUCT_ID, card.plan().map(ProductId::value).orElse(null))
                .set(GIFT_CARDS.USES, card.uses())
                .set(GIFT_CARDS.USES_LEFT, card.uses())
                .set(GIFT_CARDS.EXPIRES_AT, card.expiresAt().map(Times::utc).orElse(null))
                .set(GIFT_CARDS.CREATED_BY, card.createdBy().map(UserId::value).orElse(null))
                .set(GIFT_CARDS.CREATED_AT, Times.utc(card.createdAt()))
                .returning(GIFT_CARDS.ID)
                .fetchOne(GIFT_CARDS.ID));
    }

    @Override
    public Optional<GiftCard> findByHash(String codeHash) {
        return dsl.selectFrom(GIFT_CARDS).where(GIFT_CARDS.CODE_HASH.eq(codeHash)).fetchOptional(JooqGiftCards::toCard);
    }

    @Override
    public Optional<Long> recordRedemption(GiftCardId card, UserId user, Money credited, Instant now) {
        // The unique (card, user) settles a user's racing redemptions: the first insert wins, and on
        // PostgreSQL the others wait for it to commit (or roll back) before learning which.
        boolean first = FirstInsert.wins(dsl, dsl.insertInto(GIFT_CARD_REDEMPTIONS)
                .set(GIFT_CARD_REDEMPTIONS.GIFT_CARD_ID, card.value())
                .set(GIFT_CARD_REDEMPTIONS.USER_ID, user.value())
                .set(GIFT_CARD_REDEMPTIONS.CREDITED, credited.fen())
                .set(GIFT_CARD_REDEMPTIONS.REDEEMED_AT, Times.utc(now)));
        if (!first) {
            return Optional.empty();
        }
        return Optional.of(dsl.select(GIFT_CARD_REDEMPTIONS.ID).from(GIFT_CARD_REDEMPTIONS)
                .where(GIFT_CARD_REDEMPTIONS.GIFT_CARD_ID.eq(card.value()), GIFT_CARD_REDEMPTIONS.USER_ID.eq(user.value()))
                .fetchSingle(GIFT_CARD_REDEMPTIONS.ID));
    }

    @Override
    public boolean takeOneUse(GiftCardId card, Instant now) {
        return dsl.update(GIFT_CARDS)
                .set(GIFT_CARDS.USES_LEFT, GIFT_CARDS.USES_LEFT.minus(1))
                .where(GIFT_CARDS.ID.eq(card.value()))
                .and(GIFT_CARDS.USES_LEFT.gt(0))
                .and(GIFT_CARDS.EXPIRES_AT.isNull().or(GIFT_CARDS.EXPIRES_AT.gt(Times.utc(now))))
                .execute() == 1;
    }

    @Override
    public void purchased(long redemption, PurchaseId purchase) {
        dsl.update(GIFT_CARD_REDEMPTIONS)
                .set(GIFT_CARD_REDEMPTIONS.PURCHASE_ID, purchase.value())
                .where(GIFT_CARD_REDEMPTIONS.ID.eq(redemption))
                .execute();
    }

    @Override
    public Page<GiftCard> list(Optional<String> state, Optional<String> batch, Instant now, PageRequest page) {
        OffsetDateTime at = Times.utc(now);
        Condition expired = GIFT_CARDS.EXPIRES_AT.isNotNull().and(GIFT_CARDS.EXPIRES_AT.le(at));
        Condition where = DSL.noCondition();
        if (state.isPresent()) {
            where = switch (state.get()) {
                case "used_up" -> GIFT_CARDS.USES_LEFT.eq(0);
                case "expired" -> GIFT_CARDS.USES_LEFT.gt(0).and(expired);
                case "active" -> GIFT_CARDS.USES_LEFT.gt(0).and(DSL.not(expired));
                default -> throw new IllegalArgumentException("state: active, used_up or expired");
            };
        }
        if (batch.isPresent()) {
            where = where.and(GIFT_CARDS.BATCH.eq(batch.get()));
        }
        int total = dsl.fetchCount(GIFT_CARDS, where);
        var items = dsl.selectFrom(GIFT_CARDS).where(where).orderBy(GIFT_CARDS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(JooqGiftCards::toCard);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    private static GiftCard toCard(GiftCardsRecord row) {
        return new GiftCard(new GiftCardId(row.getId()), row.getCodeHint(), row.getBatch(), Money.ofFen(row.getWorth()),
                Optional.ofNullable(row.getProductId()).map(ProductId::new), row.getUses(), row.getUsesLeft(),
                Optional.ofNullable(Times.instant(row.getExpiresAt())), Times.instant(row.getCreatedAt()));
    }
}
