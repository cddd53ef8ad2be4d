package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.Scrape;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.payment.EpayNotices;
import spanel.domain.common.MovableClock;
import spanel.domain.node.NodeKeys;

/**
 * /metrics after real traffic on the assembled service: each business counter moves by exactly
 * what was done, and the JVM's, the process's and the pools' own metrics are there.
 */
class MetricsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String NODE_KEY = "metrics-node-key-0123456789";

    private final MovableClock clock = MovableClock.runningFromNow();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        return EpayNotices.ENVIRONMENT;
    }

    private Scrape scrape() {
        TestHttp.Reply reply = http().get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        return new Scrape(reply.body());
    }

    /** How much each series moved between two scrapes. */
    private record Moves(Scrape before, Scrape after) {
        double of(String name, String... labels) {
            return after.count(name, labels) - before.count(name, labels);
        }
    }

    @Test
    void trafficReportsAreCountedByOutcomeWithTheirRawAndBilledBytes() {
        long node = Seed.node(dsl(), "2", NodeKeys.hash(NODE_KEY));
        long user = Seed.activeUser(dsl());
        String report = "{\"node_id\":" + node + ",\"report_id\":\"minute-1\",\"data\":[{\"user_id\":" + user
                + ",\"u\":1000,\"d\":500}]}";
        Scrape before = scrape();

        assertThat(http().post(API + "/node/traffic", report, "Key", NODE_KEY).status()).isEqualTo(200);
        assertThat(http().post(API + "/node/traffic", report, "Key", NODE_KEY).status()).isEqualTo(200);
        assertThat(http().post(API + "/node/traffic", report, "Key", "not-the-key").status()).isEqualTo(401);
        Moves moved = new Moves(before, scrape());

        assertThat(moved.of("spanel_traffic_reports_total", "outcome", "applied")).isEqualTo(1);
        assertThat(moved.of("spanel_traffic_reports_total", "outcome", "repeated")).isEqualTo(1);
        assertThat(moved.of("spanel_traffic_reports_total", "outcome", "refused")).isEqualTo(1);
        assertThat(moved.of("spanel_traffic_applied_bytes_total", "kind", "raw")).isEqualTo(1_500);
        assertThat(moved.of("spanel_traffic_applied_bytes_total", "kind", "billed")).isEqualTo(3_000);
        assertThat(moved.of("spanel_http_requests_total", "method", "POST", "route", API + "/node/traffic",
                "status", "200")).isEqualTo(2);
    }

    @Test
    void aTopUpItsNotificationsAndAPurchaseAreCountedByGatewayAndOutcome() {
        String[] user = aUser();
        long product = dsl().insertInto(PRODUCTS).set(PRODUCTS.NAME, "Monthly").set(PRODUCTS.PRICE, 1_000L)
                .set(PRODUCTS.CONTENT, "{\"traffic\":100,\"class\":2,\"class_expire\":30,\"expire_in\":30}")
                .returning(PRODUCTS.ID).fetchOne(PRODUCTS.ID);
        Scrape before = scrape();

        var created = http().post(API + "/payment/create", "{\"total\":\"12.34\",\"gateway\":\"epay\"}", user);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String tradeNo = created.json().get("data").get("tradeno").asText();
        String paid = EpayNotices.paid(tradeNo, "M" + tradeNo, "12.34");
        assertThat(http().get(API + "/payment/notify/epay?" + paid).body()).isEqualTo("success");
        assertThat(http().get(API + "/payment/notify/epay?" + paid).body()).isEqualTo("success");
        assertThat(http().get(API + "/payment/notify/epay?" + EpayNotices.paid(tradeNo, "N" + tradeNo, "99.00"))
                .body()).as("another amount: flagged, acknowledged").isEqualTo("success");
        assertThat(http().get(API + "/payment/notify/epay?" + paid.replace("sign=", "sign=0")).body()).isEqualTo("fail");
        http().get(API + "/payment/notify/nosuchgateway?" + paid);
        var bought = http().post(API + "/user/buy", "{\"shop_id\":" + product + "}", user);
        assertThat(bought.status()).as(bought.body()).isEqualTo(200);
        assertThat(http().post(API + "/user/buy", "{\"shop_id\":" + product + "}", user).status()).as("2.34 left")
                .isEqualTo(409);
        Moves moved = new Moves(before, scrape());

        assertThat(moved.of("spanel_topups_total", "gateway", "epay")).isEqualTo(1);
        assertThat(moved.of("spanel_payment_notifies_total", "gateway", "epay", "outcome", "credited")).isEqualTo(1);
        assertThat(moved.of("spanel_payment_notifies_total", "gateway", "epay", "outcome", "already_credited"))
                .isEqualTo(1);
        assertThat(moved.of("spanel_payment_notifies_total", "gateway", "epay", "outcome", "flagged")).isEqualTo(1);
        assertThat(moved.of("spanel_payment_notifies_total", "gateway", "epay", "outcome", "rejected")).isEqualTo(1);
        assertThat(moved.of("spanel_payment_notifies_total", "gateway", "unknown", "outcome", "rejected"))
                .isEqualTo(1);
        assertThat(moved.of("spanel_purchases_total")).isEqualTo(1);
        assertThat(moved.of("spanel_purchases_paid_fen_total")).isEqualTo(1_000);
    }

    /**
     * The daily reset, because exactly one of its boundaries passes whichever runner claims it: the
     * test's call here or the instance's own runner, both counted in the same registry.
     */
    @Test
    void aDayLaterTheDailyResetRunsOnceAndIsCounted() {
        app().runDueJobs();
        Scrape before = scrape();

        clock.advance(Duration.ofDays(1));
        assertThat(app().runDueJobs().failed()).isEmpty();
        Moves moved = new Moves(before, scrape());

        assertThat(moved.of("spanel_job_runs_total", "job_name", "traffic-reset")).isEqualTo(1);
        assertThat(moved.of("spanel_job_failures_total", "job_name", "traffic-reset")).isZero();
    }

    @Test
    void nodesDependenciesPoolsTheJvmAndTheProcessAreShown() {
        Seed.node(dsl(), "1", NodeKeys.hash("silent-" + UUID.randomUUID()));
        Scrape scrape = scrape();

        assertThat(scrape.value("spanel_nodes", "state", "down").orElseThrow()).as("never heard from")
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.value("spanel_dependency_up", "dependency", "database")).hasValue(1);
        assertThat(scrape.value("spanel_dependency_up", "dependency", "store")).hasValue(1);
        assertThat(scrape.value("hikaricp_connections_max", "pool", "spanel-db")).isPresent();
        assertThat(scrape.value("hikaricp_connections_max", "pool", "spanel-ingest")).isPresent();
        assertThat(scrape.text()).contains("jvm_memory_used_bytes{area=\"heap\"", "jvm_gc_", "jvm_classes_loaded_classes",
                "process_start_time_seconds");
        assertThat(scrape.value("jvm_threads_live_threads").orElseThrow()).isPositive();
        assertThat(scrape.value("process_uptime_seconds").orElseThrow()).isPositive();
        assertThat(scrape.value("process_cpu_usage")).isPresent();
    }

    private String[] aUser() {
        String email = "metered-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        assertThat(http().post(API + "/auth/register", body).status()).isEqualTo(200);
        String token = http().post(API + "/auth/login", body).json().get("data").get("access_token").asText();
        return new String[] {"Authorization", "Bearer " + token};
    }
}
