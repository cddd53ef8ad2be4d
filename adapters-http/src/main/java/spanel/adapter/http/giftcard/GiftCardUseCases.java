package spanel.adapter.http.giftcard;

import java.util.Objects;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.in.GiftCardQueries;
import spanel.application.giftcard.port.in.RedeemGiftCard;

/** The use cases behind /user/giftcard and /admin/giftcards. */
public record GiftCardUseCases(GiftCardQueries queries, CreateGiftCards create, RedeemGiftCard redeem) {

    public GiftCardUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(redeem, "redeem");
    }
}
