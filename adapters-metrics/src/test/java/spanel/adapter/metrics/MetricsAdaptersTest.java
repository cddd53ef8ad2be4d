package spanel.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.application.job.port.out.JobMeter;
import spanel.application.node.port.out.TrafficMeter;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.shop.port.out.PurchaseMeter;
import spanel.domain.money.Money;
import spanel.domain.notice.NoticeChannel;

/** What the meters are told shows in the Prometheus text under the names docs/OPERATIONS.md lists. */
class MetricsAdaptersTest {

    private final MetricsAdapters metrics = MetricsAdapters.start();

    @AfterEach
    void close() {
        metrics.close();
    }

    private String scrape() {
        return metrics.registry().scrape();
    }

    @Test
    void trafficReportsCountByOutcomeAndTheirBytesRawAndBilled() {
        TrafficMeter traffic = metrics.trafficMeter();

        traffic.applied(1_500, 3_000);
        traffic.applied(10, 5);
        traffic.repeated();
        traffic.refused();

        assertThat(scrape()).contains(
                "spanel_traffic_reports_total{outcome=\"applied\"} 2.0",
                "spanel_traffic_reports_total{outcome=\"repeated\"} 1.0",
                "spanel_traffic_reports_total{outcome=\"refused\"} 1.0",
                "spanel_traffic_applied_bytes_total{kind=\"raw\"} 1510.0",
                "spanel_traffic_applied_bytes_total{kind=\"billed\"} 3005.0");
    }

    @Test
    void purchasesCountWithWhatTheyTook() {
        PurchaseMeter purchases = metrics.purchaseMeter();

        purchases.bought(Money.ofFen(1_999));
        purchases.bought(Money.ZERO);

        assertThat(scrape()).contains("spanel_purchases_total 2.0", "spanel_purchases_paid_fen_total 1999.0");
    }

    @Test
    void topUpsAndNotificationsCountByGatewayAndOutcome() {
        PaymentMeter payments = metrics.paymentMeter();

        payments.topUpCreated("epay");
        payments.notifyHandled("epay", "credited");
        payments.notifyHandled("epay", "already_credited");
        payments.notifyHandled(PaymentMeter.UNKNOWN_GATEWAY, "rejected");

        assertThat(scrape()).contains(
                "spanel_topups_total{gateway=\"epay\"} 1.0",
                "spanel_payment_notifies_total{gateway=\"epay\",outcome=\"credited\"} 1.0",
                "spanel_payment_notifies_total{gateway=\"epay\",outcome=\"already_credited\"} 1.0",
                "spanel_payment_notifies_total{gateway=\"unknown\",outcome=\"rejected\"} 1.0");
    }

    @Test
    void ordersAskedAboutCountByGatewayAndOutcome() {
        PaymentMeter payments = metrics.paymentMeter();

        payments.reconciled("alipay", "recovered");
        payments.reconciled("alipay", "failed");
        payments.reconciled("alipay", "failed");

        assertThat(scrape()).contains(
                "spanel_payment_reconciled_total{gateway=\"alipay\",outcome=\"recovered\"} 1.0",
                "spanel_payment_reconciled_total{gateway=\"alipay\",outcome=\"failed\"} 2.0");
    }

    @Test
    void everyJobIsShownFromTheStartAndItsRunsAndFailuresCounted() {
        JobMeter jobs = metrics.jobMeter(List.of("traffic-reset", "node-silence"));

        jobs.ran("traffic-reset");
        jobs.ran("traffic-reset");
        jobs.failed("traffic-reset");

        assertThat(scrape()).contains(
                "spanel_job_runs_total{job_name=\"traffic-reset\"} 2.0",
                "spanel_job_failures_total{job_name=\"traffic-reset\"} 1.0",
                "spanel_job_runs_total{job_name=\"node-silence\"} 0.0",
                "spanel_job_failures_total{job_name=\"node-silence\"} 0.0");
    }

    @Test
    void noticesAreCountedPerChannelFromZero() {
        NoticeMeter notices = metrics.noticeMeter();

        notices.sent(NoticeChannel.MAIL);
        notices.retried(NoticeChannel.TELEGRAM);
        notices.retried(NoticeChannel.TELEGRAM);
        notices.failed(NoticeChannel.WEBHOOK);

        assertThat(scrape()).contains(
                "spanel_notices_sent_total{channel=\"mail\"} 1.0",
                "spanel_notices_sent_total{channel=\"telegram\"} 0.0",
                "spanel_notices_retried_total{channel=\"telegram\"} 2.0",
                "spanel_notices_failed_total{channel=\"webhook\"} 1.0");
    }

    @Test
    void theJvmAndTheProcessAreShown() {
        assertThat(scrape()).contains("# TYPE jvm_memory_used_bytes gauge", "jvm_gc_", "# TYPE jvm_threads_live_threads gauge",
                "jvm_classes_loaded_classes", "process_uptime_seconds", "process_cpu_usage", "jvm_info");
    }
}
