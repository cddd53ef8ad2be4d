package spanel.application.shop;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.shop.port.in.CreateProduct;
import spanel.application.shop.port.out.Products;
import spanel.domain.audit.AuditEntry;
import spanel.domain.shop.ProductId;

public final class CreateProductService implements CreateProduct {

    private final Products products;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public CreateProductService(Products products, AuditTrail audit, TransactionRunner transactions) {
        this.products = Objects.requireNonNull(products);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public ProductCreated create(Command command) {
        return transactions.inTransaction(() -> {
            ProductId id = products.add(command.spec());
            audit.record(new AuditEntry(command.admin(), "product.create", "product:" + id, ShopAudit.describe(command.spec())));
            return new ProductCreated(id);
        });
    }
}
