package spanel.application.shop.port.in;

/**
 * A user buys a package with their balance, with a coupon or without, in one transaction: the
 * debit, the stock, the coupon's use, the account's new entitlement, the purchase and its ledger
 * entry land together, or none does.
 */
public interface BuyPlan {

    PlanBought buy(BuyPlanCommand command);
}
