package spanel.domain.payment;

/** A top-up order's id: a positive number. */
public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("a top-up order id is a positive integer, got " + value);
        }
    }

    public static OrderId of(long value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
