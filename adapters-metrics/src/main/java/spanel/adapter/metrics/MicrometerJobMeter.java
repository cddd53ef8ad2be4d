package spanel.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import spanel.application.job.port.out.JobMeter;

/**
 * {@code spanel_job_runs_total{job_name}} and {@code spanel_job_failures_total{job_name}}, this
 * instance's own. Not "job": Prometheus gives that label to the scrape job and would rename ours.
 */
final class MicrometerJobMeter implements JobMeter {

    private final MeterProvider<Counter> runs;
    private final MeterProvider<Counter> failures;

    MicrometerJobMeter(MeterRegistry registry, List<String> jobs) {
        runs = Counter.builder("spanel.job.runs")
                .description("Scheduled job runs this instance made (one per boundary claimed).")
                .withRegistry(registry);
        failures = Counter.builder("spanel.job.failures")
                .description("Scheduled job runs that failed here and were taken back, to be retried.")
                .withRegistry(registry);
        // Registered now, so a job that never ran shows 0 rather than nothing.
        jobs.forEach(job -> {
            runs.withTag("job_name", job);
            failures.withTag("job_name", job);
        });
    }

    @Override
    public void ran(String job) {
        runs.withTag("job_name", job).increment();
    }

    @Override
    public void failed(String job) {
        failures.withTag("job_name", job).increment();
    }
}
