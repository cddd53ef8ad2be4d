package spanel.application.shop;

import java.util.Objects;
import java.util.Optional;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.shop.port.in.DisableProduct;
import spanel.application.shop.port.out.Products;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductSpec;

public final class DisableProductService implements DisableProduct {

    private static final ProductSpec.Changes DISABLE = new ProductSpec.Changes(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of(false), Optional.empty());

    private final ProductChanger changer;
    private final TransactionRunner transactions;

    public DisableProductService(Products products, AuditTrail audit, TransactionRunner transactions) {
        this.changer = new ProductChanger(products, audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Product disable(Command command) {
        return transactions.inTransaction(() ->
                changer.change(command.admin(), command.id(), "product.disable", spec -> spec.with(DISABLE)));
    }
}
