package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.job.port.in.RunDueJobs;
import spanel.domain.common.MovableClock;

/**
 * Node-down alerts from the assembled service to a receiver on this machine (the JDK's HTTP
 * server at ALERT_WEBHOOK_URL), delivered by the outbox's worker: a node that goes silent is alerted
 * once, and once more when it calls in again; an alert the receiver could not take, because it was
 * down, arrives after the back-off.
 */
class NodeAlertsEndToEndTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MovableClock clock = MovableClock.runningFromNow();
    private final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    /** One token per alert taken: the notice thread of the service may be the one that delivers it. */
    private final BlockingQueue<JsonNode> arrivals = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private int receiverPort;

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        // Called once per database: the receiver starts afresh for each, as node ids start afresh.
        if (receiver != null) {
            receiver.stop(0);
        }
        received.clear();
        arrivals.clear();
        startReceiver(0);
        return Map.of("ALERT_WEBHOOK_URL", "http://127.0.0.1:" + receiverPort + "/hooks/spanel", "NODE_DOWN_AFTER", "60",
                "PUBLIC_URL", "https://panel.example.com");
    }

    private void startReceiver(int port) {
        try {
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.createContext("/hooks/spanel", exchange -> {
            try (exchange) {
                JsonNode alert = JSON.readTree(exchange.getRequestBody());
                received.add(alert);
                arrivals.add(alert);
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        receiverPort = receiver.getAddress().getPort();
    }

    @AfterAll
    void stopReceiver() {
        receiver.stop(0);
    }

    /** One tick of the jobs, then one pass of the notice worker that delivers the alerts. */
    private void runJobs() {
        RunDueJobs.JobsRun run = app().runDueJobs();
        assertThat(run.failed()).as("failed runs").isEmpty();
        app().deliverNotices();
    }

    /** The node's heartbeat, as XrayR sends it every minute. */
    private void callsIn(long node) {
        TestHttp.Reply heartbeat = http().post("/app/api/v0/node/heartbeat", "{\"node_id\":" + node
                + ",\"cpu_load\":0.25,\"memory_usage\":45.2,\"network_speed\":100.5}", "Key", MU_KEY);
        assertThat(heartbeat.status()).as(heartbeat.body()).isEqualTo(200);
    }

    /** Waits for the next alert to arrive, whichever instance thread sends it. */
    private void awaitAlert() throws InterruptedException {
        assertThat(arrivals.poll(30, TimeUnit.SECONDS)).as("an alert within 30 s").isNotNull();
    }

    private List<JsonNode> alertsFor(long node) {
        synchronized (received) {
            return received.stream().filter(alert -> alert.get("node_id").asLong() == node).toList();
        }
    }

    @Test
    void aSilentNodeIsAlertedOnceAndOnceMoreWhenItCallsInEvenIfTheReceiverWasDown() throws InterruptedException {
        var record = Seed.node(dsl(), "1.0");
        record.setName("hk-edge-1");
        record.setNodeHeartbeat(Times.utc(clock.instant()));
        long node = Seed.insert(record);
        runJobs();

        clock.advance(Duration.ofMinutes(3));
        Instant ran = clock.instant();
        runJobs();
        awaitAlert();

        assertThat(alertsFor(node)).singleElement().satisfies(down -> {
            assertThat(down.get("state").asText()).isEqualTo("down");
            assertThat(down.get("name").asText()).isEqualTo("hk-edge-1");
            // The run's minute boundary: at most a minute before the run (the clock runs on while the test reads).
            assertThat(Instant.parse(down.get("since").asText())).isBetween(ran.minusSeconds(60), clock.instant());
            assertThat(down.get("duration_seconds").asLong()).as("silent for at least NODE_DOWN_AFTER").isGreaterThanOrEqualTo(60);
            assertThat(down.get("panel_url").asText()).isEqualTo("https://panel.example.com/app/api/v0/admin/nodes/" + node);
        });

        clock.advance(Duration.ofMinutes(1));
        runJobs();
        assertThat(alertsFor(node)).as("one incident, one alert").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        callsIn(node);
        receiver.stop(0);
        runJobs();

        assertThat(alertsFor(node)).hasSize(1);
        assertThat(scalar("SELECT d.attempts FROM notice_deliveries d JOIN notices n ON n.id = d.notice_id"
                + " WHERE d.channel = 'alert_webhook' AND n.event = 'node_up' AND n.boundary LIKE 'node:" + node + ":%'"))
                .as("tried while the receiver was down").isPositive();

        startReceiver(receiverPort);
        clock.advance(Duration.ofMinutes(1));
        callsIn(node);
        runJobs();
        awaitAlert();

        assertThat(alertsFor(node)).hasSize(2).last().satisfies(up -> {
            assertThat(up.get("state").asText()).isEqualTo("up");
            assertThat(up.get("down_since").asText()).isEqualTo(alertsFor(node).getFirst().get("since").asText());
            assertThat(up.get("duration_seconds").asLong()).as("down for").isEqualTo(Duration.between(
                    Instant.parse(up.get("down_since").asText()), Instant.parse(up.get("since").asText())).toSeconds());
        });
    }
}
