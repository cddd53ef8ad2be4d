package spanel.domain.shop;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import spanel.domain.money.Money;

/** A product as an admin describes it. An empty stock means unlimited. */
public record ProductSpec(String name, Money price, PlanContent content, boolean enabled, OptionalInt stock) {

    public static final int MAX_NAME_LENGTH = 128;

    public ProductSpec {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(stock, "stock");
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name: 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (stock.isPresent() && stock.getAsInt() < 0) {
            throw new IllegalArgumentException("stock: must not be negative");
        }
    }

    /** This spec with the given changes applied; what a change leaves out stays as it is. */
    public ProductSpec with(Changes changes) {
        return new ProductSpec(
                changes.name().orElse(name),
                changes.price().orElse(price),
                changes.content().orElse(content),
                changes.enabled().orElse(enabled),
                changes.stock().orElse(stock));
    }

    /** A partial update: each present part replaces the current value. */
    public record Changes(Optional<String> name, Optional<Money> price, Optional<PlanContent> content,
            Optional<Boolean> enabled, Optional<OptionalInt> stock) {

        public Changes {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(enabled, "enabled");
            Objects.requireNonNull(stock, "stock");
        }
    }
}
