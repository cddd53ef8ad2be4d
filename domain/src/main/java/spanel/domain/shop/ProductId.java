package spanel.domain.shop;

/** A product's id: a positive number. */
public record ProductId(long value) {

    public ProductId {
        if (value <= 0) {
            throw new IllegalArgumentException("a product id is a positive integer, got " + value);
        }
    }

    public static ProductId of(long value) {
        return new ProductId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
