package spanel.application.shop;

import java.util.Objects;
import java.util.function.UnaryOperator;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.shop.port.out.Products;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.user.UserId;

/** Read, change, write back and audit one product; the caller holds the transaction. */
final class ProductChanger {

    private final Products products;
    private final AuditTrail audit;

    ProductChanger(Products products, AuditTrail audit) {
        this.products = Objects.requireNonNull(products);
        this.audit = Objects.requireNonNull(audit);
    }

    Product change(UserId admin, ProductId id, String action, UnaryOperator<ProductSpec> change) {
        Product current = products.find(id).orElseThrow(() -> new NotFound("no product " + id));
        ProductSpec changed;
        try {
            changed = change.apply(current.spec());
        } catch (IllegalArgumentException brokenRule) {
            throw InvalidInput.of(brokenRule);
        }
        if (!products.replace(id, changed)) {
            throw new NotFound("no product " + id);
        }
        audit.record(new AuditEntry(admin, action, "product:" + id, ShopAudit.describe(changed)));
        return new Product(id, changed);
    }
}
