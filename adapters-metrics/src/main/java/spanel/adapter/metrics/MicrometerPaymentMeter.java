package spanel.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import spanel.application.payment.port.out.PaymentMeter;

/**
 * {@code spanel_topups_total{gateway}} and {@code spanel_payment_notifies_total{gateway,outcome}};
 * a series appears with its first top-up or notification.
 */
final class MicrometerPaymentMeter implements PaymentMeter {

    private final MeterProvider<Counter> created;
    private final MeterProvider<Counter> notifies;

    MicrometerPaymentMeter(MeterRegistry registry) {
        created = Counter.builder("spanel.topups")
                .description("Top-up orders created, by gateway.")
                .withRegistry(registry);
        notifies = Counter.builder("spanel.payment.notifies")
                .description("Gateway notifications, by gateway and outcome (credited, already_credited, not_paid, flagged, rejected).")
                .withRegistry(registry);
    }

    @Override
    public void topUpCreated(String gateway) {
        created.withTags("gateway", gateway).increment();
    }

    @Override
    public void notifyHandled(String gateway, String outcome) {
        notifies.withTags("gateway", gateway, "outcome", outcome).increment();
    }
}
