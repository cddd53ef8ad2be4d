package spanel.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.domain.notice.NoticeChannel;

/**
 * {@code spanel_notices_sent_total{channel}}, {@code spanel_notices_retried_total{channel}} (an
 * attempt failed, the notice waits for the next) and {@code spanel_notices_failed_total{channel}}
 * (given up), this instance's own.
 */
final class MicrometerNoticeMeter implements NoticeMeter {

    private final MeterProvider<Counter> sent;
    private final MeterProvider<Counter> retried;
    private final MeterProvider<Counter> failed;

    MicrometerNoticeMeter(MeterRegistry registry) {
        sent = Counter.builder("spanel.notices.sent").description("Notices this instance delivered.").withRegistry(registry);
        retried = Counter.builder("spanel.notices.retried")
                .description("Notice deliveries that failed here and will be tried again after the back-off.")
                .withRegistry(registry);
        failed = Counter.builder("spanel.notices.failed")
                .description("Notice deliveries given up here: their last attempt failed, or they cannot be sent.")
                .withRegistry(registry);
        for (NoticeChannel channel : NoticeChannel.values()) {
            sent.withTag("channel", channel.word());
            retried.withTag("channel", channel.word());
            failed.withTag("channel", channel.word());
        }
    }

    @Override
    public void sent(NoticeChannel channel) {
        sent.withTag("channel", channel.word()).increment();
    }

    @Override
    public void retried(NoticeChannel channel) {
        retried.withTag("channel", channel.word()).increment();
    }

    @Override
    public void failed(NoticeChannel channel) {
        failed.withTag("channel", channel.word()).increment();
    }
}
