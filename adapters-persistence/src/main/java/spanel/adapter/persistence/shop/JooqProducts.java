package spanel.adapter.persistence.shop;

import static spanel.adapter.persistence.generated.Tables.PRODUCTS;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.ProductsRecord;
import spanel.application.shop.port.out.Products;
import spanel.domain.money.Money;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;

public final class JooqProducts implements Products {

    private final DSLContext dsl;

    public JooqProducts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Product> all() {
        return dsl.selectFrom(PRODUCTS).orderBy(PRODUCTS.ID).fetch(JooqProducts::toProduct);
    }

    @Override
    public ProductId add(ProductSpec spec) {
        return ProductId.of(dsl.insertInto(PRODUCTS)
                .set(columns(spec))
                .returning(PRODUCTS.ID)
                .fetchOne(PRODUCTS.ID));
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return dsl.selectFrom(PRODUCTS).where(PRODUCTS.ID.eq(id.value())).fetchOptional(JooqProducts::toProduct);
    }

    @Override
    public boolean replace(ProductId id, ProductSpec spec) {
        return dsl.update(PRODUCTS)
                .set(columns(spec))
                .set(PRODUCTS.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PRODUCTS.ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public boolean takeOneFromStock(ProductId id) {
        // Guarded in SQL; a NULL (unlimited) stock never passes the guard, so it is never touched.
        return dsl.update(PRODUCTS)
                .set(PRODUCTS.STOCK, PRODUCTS.STOCK.minus(1))
                .where(PRODUCTS.ID.eq(id.value()))
                .and(PRODUCTS.STOCK.gt(0))
                .execute() == 1;
    }

    @Override
    public Set<ProductId> missing(Set<ProductId> ids) {
        Set<ProductId> missing = new HashSet<>(ids);
        missing.removeAll(dsl.select(PRODUCTS.ID).from(PRODUCTS).where(PRODUCTS.ID.in(ids.stream().map(ProductId::value).toList()))
                .fetchSet(row -> ProductId.of(row.value1())));
        return missing;
    }

    private static Map<Field<?>, Object> columns(ProductSpec spec) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(PRODUCTS.NAME, spec.name());
        columns.put(PRODUCTS.PRICE, spec.price().fen());
        columns.put(PRODUCTS.CONTENT, PlanContentJson.write(spec.content()));
        columns.put(PRODUCTS.ENABLED, spec.enabled());
        columns.put(PRODUCTS.STOCK, spec.stock().isPresent() ? spec.stock().getAsInt() : null);
        return columns;
    }

    private static Product toProduct(ProductsRecord row) {
        return new Product(ProductId.of(row.getId()), new ProductSpec(row.getName(), Money.ofFen(row.getPrice()),
                PlanContentJson.read(row.getContent()), row.getEnabled(),
                row.getStock() == null ? OptionalInt.empty() : OptionalInt.of(row.getStock())));
    }
}
