package spanel.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import spanel.application.node.port.out.TrafficMeter;

/**
 * {@code spanel_traffic_reports_total{outcome}} (applied, repeated, refused) and
 * {@code spanel_traffic_applied_bytes_total{kind}} (raw as the nodes measured, billed at their rates).
 */
final class MicrometerTrafficMeter implements TrafficMeter {

    private final Counter applied;
    private final Counter repeated;
    private final Counter refused;
    private final Counter rawBytes;
    private final Counter billedBytes;

    MicrometerTrafficMeter(MeterRegistry registry) {
        applied = report(registry, "applied");
        repeated = report(registry, "repeated");
        refused = report(registry, "refused");
        rawBytes = bytes(registry, "raw");
        billedBytes = bytes(registry, "billed");
    }

    private static Counter report(MeterRegistry registry, String outcome) {
        return Counter.builder("spanel.traffic.reports")
                .description("Traffic reports by outcome: applied, repeated (a report_id seen before), refused (key or node).")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Counter bytes(MeterRegistry registry, String kind) {
        return Counter.builder("spanel.traffic.applied")
                .description("Bytes of the applied traffic reports, raw and billed at each node's rate.")
                .baseUnit("bytes")
                .tag("kind", kind)
                .register(registry);
    }

    @Override
    public void applied(long rawBytes, long billedBytes) {
        applied.increment();
        this.rawBytes.increment(rawBytes);
        this.billedBytes.increment(billedBytes);
    }

    @Override
    public void repeated() {
        repeated.increment();
    }

    @Override
    public void refused() {
        refused.increment();
    }
}
