package spanel.adapter.http.giftcard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Listing;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.in.RedeemGiftCard;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.shop.ProductId;

/**
 * POST /user/giftcard {"code"} → what it credited; POST /admin/giftcards creates cards and answers
 * their codes, this once; GET /admin/giftcards lists them (no codes: only their first characters).
 */
final class GiftCardHandlers {

    private static final Set<String> STATES = Set.of("active", "used_up", "expired");

    private final GiftCardUseCases cards;

    GiftCardHandlers(GiftCardUseCases cards) {
        this.cards = cards;
    }

    record Redeemed(long giftCardId, String credited, String newBalance, Long shopId, Long purchaseId) {
    }

    record Issued(long id, String code) {
    }

    record Created(String batch, int count, List<Issued> codes) {
    }

    record CardView(long id, String codeHint, String batch, String value, Long shopId, int uses, int usesLeft, String state,
            String expiresAt, String createdAt) {
        static CardView of(GiftCard card, String state) {
            return new CardView(card.id().value(), card.hint(), card.batch(),
                    card.plan().isPresent() ? null : card.value().toDecimalString(),
                    card.plan().map(ProductId::value).orElse(null), card.uses(), card.usesLeft(), state,
                    card.expiresAt().map(Object::toString).orElse(null), card.createdAt().toString());
        }
    }

    void redeem(Context ctx) {
        ObjectNode json = Fields.object(ctx);
        String code = Fields.required("code", Fields.text(json, "code", "code").orElse(null));
        if (code.isBlank() || code.length() > 64) {
            throw InvalidRequest.field("code", "1 to 64 characters");
        }
        RedeemGiftCard.Redeemed redeemed = cards.redeem().redeem(new RedeemGiftCard.Command(Callers.of(ctx).userId(), code));
        ctx.json(Envelope.ok(new Redeemed(redeemed.giftCardId(), redeemed.credited().toDecimalString(),
                redeemed.balance().toDecimalString(), redeemed.plan().map(p -> p.productId().value()).orElse(null),
                redeemed.plan().map(p -> p.purchaseId().value()).orElse(null))));
    }

    void create(Context ctx) {
        ObjectNode json = Fields.object(ctx);
        int count = Fields.integer(json, "count", "count").orElse(1);
        int uses = Fields.integer(json, "uses", "uses").orElse(1);
        var value = Fields.money(json, "value");
        var plan = Fields.whole(json, "shop_id", "shop_id").map(id -> Fields.checked("shop_id", () -> new ProductId(id)));
        Optional<Instant> expiresAt = Fields.isNull(json, "expires_at") ? Optional.empty() : Fields.time(json, "expires_at");
        var created = cards.create().create(Fields.rule(() -> new CreateGiftCards.Command(Optional.of(Callers.of(ctx).userId()), count,
                value, plan, uses, expiresAt)));
        ctx.json(Envelope.ok(new Created(created.batch(), created.cards().size(),
                created.cards().stream().map(c -> new Issued(c.id(), c.code())).toList())));
    }

    void list(Context ctx) {
        Optional<String> state = Optional.ofNullable(ctx.queryParam("state")).filter(s -> !s.isEmpty());
        if (state.isPresent() && !STATES.contains(state.get())) {
            throw InvalidRequest.field("state", "active, used_up or expired");
        }
        Optional<String> batch = Optional.ofNullable(ctx.queryParam("batch")).filter(s -> !s.isEmpty());
        if (batch.isPresent() && batch.get().length() > 36) {
            throw InvalidRequest.field("batch", "at most 36 characters");
        }
        var page = cards.queries().list(state, batch, Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("giftcards", page, listed -> CardView.of(listed.card(), listed.state()))));
    }
}
