package spanel.domain.giftcard;

import spanel.domain.error.Refusal;

/** Why a gift card code redeems nothing: each a 409 with its own code, except an unknown code (404). */
public final class GiftCardRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    private GiftCardRefused(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    public static GiftCardRefused unknown() {
        return new GiftCardRefused(Kind.NOT_FOUND, "giftcard_not_found", "no gift card has this code");
    }

    public static GiftCardRefused expired() {
        return new GiftCardRefused(Kind.CONFLICT, "giftcard_expired", "this gift card has expired");
    }

    public static GiftCardRefused usedUp() {
        return new GiftCardRefused(Kind.CONFLICT, "giftcard_used_up", "this gift card has been used as often as it may be");
    }

    public static GiftCardRefused alreadyRedeemed() {
        return new GiftCardRefused(Kind.CONFLICT, "giftcard_already_redeemed", "you have redeemed this gift card already");
    }
}
