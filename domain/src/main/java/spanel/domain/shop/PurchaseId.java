package spanel.domain.shop;

/** A purchase's id: a positive number. */
public record PurchaseId(long value) {

    public PurchaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("a purchase id is a positive integer, got " + value);
        }
    }

    public static PurchaseId of(long value) {
        return new PurchaseId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
