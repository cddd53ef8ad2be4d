package spanel.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import spanel.application.payment.port.out.PaymentMeter;

/**
 * {@code spanel_topups_total{gateway}}, {@code spanel_payment_notifies_total{gateway,outcome}} and
 * {@code spanel_payment_reconciled_total{gateway,outcome}}; a series appears with its first top-up,
 * notification or order asked about.
 */
final class MicrometerPaymentMeter implements PaymentMeter {

    private final MeterProvider<Counter> created;
    private final MeterProvider<Counter> notifies;
    private final MeterProvider<Counter> reconciled;

    MicrometerPaymentMeter(MeterRegistry registry) {
        created = Counter.builder("spanel.topups")
                .description("Top-up orders created, by gateway.")
                .withRegistry(registry);
        notifies = Counter.builder("spanel.payment.notifies")
                .description("Gateway notifications, by gateway and outcome (credited, already_credited, not_paid, flagged, rejected).")
                .withRegistry(registry);
        reconciled = Counter.builder("spanel.payment.reconciled")
                .description("Unpaid orders asked about at their gateway, by gateway and outcome"
                        + " (recovered, already_paid, unpaid, closed, flagged, failed).")
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

    @Override
    public void reconciled(String gateway, String outcome) {
        reconciled.withTags("gateway", gateway, "outcome", outcome).increment();
    }
}
