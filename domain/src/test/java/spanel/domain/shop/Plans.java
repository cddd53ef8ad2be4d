package spanel.domain.shop;

import java.util.OptionalInt;
import spanel.domain.money.Money;

/**
 * Products for tests, built from defaults so a test names only what its rule is about:
 * {@code Plans.aPlan().pricedAt(1_999).withStock(5).build()}. The defaults: "Monthly", 1.00,
 * no content, on sale, unlimited stock.
 */
public final class Plans {

    private String name = "Monthly";
    private Money price = Money.ofFen(100);
    private PlanContent content = PlanContent.EMPTY;
    private boolean enabled = true;
    private OptionalInt stock = OptionalInt.empty();

    private Plans() {
    }

    public static Plans aPlan() {
        return new Plans();
    }

    public Plans named(String name) {
        this.name = name;
        return this;
    }

    public Plans pricedAt(long fen) {
        this.price = Money.ofFen(fen);
        return this;
    }

    public Plans granting(PlanContent content) {
        this.content = content;
        return this;
    }

    public Plans withStock(int stock) {
        this.stock = OptionalInt.of(stock);
        return this;
    }

    public Plans withStock(OptionalInt stock) {
        this.stock = stock;
        return this;
    }

    public Plans offSale() {
        this.enabled = false;
        return this;
    }

    public ProductSpec build() {
        return new ProductSpec(name, price, content, enabled, stock);
    }
}
