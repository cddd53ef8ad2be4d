package spanel.domain.shop;

import spanel.domain.error.Refusal;

/** A product with limited stock has none left: 409 out_of_stock. */
public final class OutOfStock extends Refusal {

    private static final long serialVersionUID = 1L;

    public OutOfStock(String productName) {
        super(Kind.CONFLICT, "out_of_stock", productName + " is sold out");
    }
}
