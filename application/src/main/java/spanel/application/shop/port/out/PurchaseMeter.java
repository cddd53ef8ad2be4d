package spanel.application.shop.port.out;

import spanel.domain.money.Money;

/** Purchases that went through, for the operator's graphs; told after the purchase's transaction commits. */
public interface PurchaseMeter {

    void bought(Money paid);
}
