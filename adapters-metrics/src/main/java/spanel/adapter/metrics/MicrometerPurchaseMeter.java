package spanel.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import spanel.application.shop.port.out.PurchaseMeter;
import spanel.domain.money.Money;

/** {@code spanel_purchases_total} and {@code spanel_purchases_paid_fen_total}: plans bought, and what they cost. */
final class MicrometerPurchaseMeter implements PurchaseMeter {

    private final Counter purchases;
    private final Counter paid;

    MicrometerPurchaseMeter(MeterRegistry registry) {
        purchases = Counter.builder("spanel.purchases")
                .description("Plans bought with the balance.")
                .register(registry);
        paid = Counter.builder("spanel.purchases.paid")
                .description("Balance spent on plans, in fen (after coupons).")
                .baseUnit("fen")
                .register(registry);
    }

    @Override
    public void bought(Money paid) {
        purchases.increment();
        this.paid.increment(paid.fen());
    }
}
