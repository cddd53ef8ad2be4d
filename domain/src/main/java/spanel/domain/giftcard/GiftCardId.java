package spanel.domain.giftcard;

/** A gift card's id: a positive number. */
public record GiftCardId(long value) {

    public GiftCardId {
        if (value <= 0) {
            throw new IllegalArgumentException("a gift card id is a positive integer, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
