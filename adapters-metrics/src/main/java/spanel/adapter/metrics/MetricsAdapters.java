package spanel.adapter.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import spanel.application.job.port.out.JobMeter;
import spanel.application.node.port.out.TrafficMeter;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.shop.port.out.PurchaseMeter;

/**
 * One Prometheus registry per running instance: the JVM's and the process's own metrics, and the
 * meters the use cases tell what happened. Closing it stops watching the garbage collector.
 */
public final class MetricsAdapters implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;

    private MetricsAdapters(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
        this.registry = registry;
        this.gc = gc;
    }

    /** A fresh registry with memory, collections, threads, classes, CPU, open files and uptime bound. */
    public static MetricsAdapters start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmInfoMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new MetricsAdapters(registry, gc);
    }

    /** The registry /metrics is read from; the HTTP server and the connection pools record into it too. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public TrafficMeter trafficMeter() {
        return new MicrometerTrafficMeter(registry);
    }

    public PurchaseMeter purchaseMeter() {
        return new MicrometerPurchaseMeter(registry);
    }

    public PaymentMeter paymentMeter() {
        return new MicrometerPaymentMeter(registry);
    }

    /** Every job in {@code jobs} is shown from the start, at 0. */
    public JobMeter jobMeter(List<String> jobs) {
        return new MicrometerJobMeter(registry, jobs);
    }

    public NoticeMeter noticeMeter() {
        return new MicrometerNoticeMeter(registry);
    }


    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
