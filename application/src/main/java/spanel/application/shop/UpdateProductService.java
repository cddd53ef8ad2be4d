package spanel.application.shop;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.shop.port.in.UpdateProduct;
import spanel.application.shop.port.out.Products;
import spanel.domain.shop.Product;

public final class UpdateProductService implements UpdateProduct {

    private final ProductChanger changer;
    private final TransactionRunner transactions;

    public UpdateProductService(Products products, AuditTrail audit, TransactionRunner transactions) {
        this.changer = new ProductChanger(products, audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Product update(Command command) {
        return transactions.inTransaction(() ->
                changer.change(command.admin(), command.id(), "product.update", spec -> spec.with(command.changes())));
    }
}
