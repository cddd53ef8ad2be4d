package spanel.bootstrap.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import spanel.application.node.port.out.AlertWebhook;
import spanel.application.node.port.out.NodeAlerts;

/**
 * Node alerts POSTed as JSON to ALERT_WEBHOOK_URL with the JDK's HTTP client: any 2xx answer
 * delivers the alert; no answer within the timeouts, or any other status, does not.
 */
public final class WebhookAlerts implements AlertWebhook {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI webhook;
    private final String publicUrl;

    /** {@code publicUrl} (PUBLIC_URL) is where the alert's {@code panel_url} points. */
    public WebhookAlerts(URI webhook, String publicUrl) {
        this.webhook = Objects.requireNonNull(webhook, "webhook");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The body of one alert, as the receiver reads it. */
    record Body(
            @JsonProperty("node_id") long nodeId,
            @JsonProperty("name") String name,
            @JsonProperty("state") String state,
            @JsonProperty("since") String since,
            @JsonProperty("down_since") String downSince,
            @JsonProperty("duration_seconds") long durationSeconds,
            @JsonProperty("panel_url") String panelUrl) {
    }

    static Body body(NodeAlerts.Pending pending, String publicUrl) {
        var alert = pending.alert();
        return new Body(alert.node().value(), pending.nodeName(), alert.state().word(), alert.since().toString(),
                alert.downSince().toString(), alert.duration().toSeconds(),
                publicUrl + "/app/api/v0/admin/nodes/" + alert.node().value());
    }

    @Override
    public void deliver(NodeAlerts.Pending alert) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(webhook).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(alert, publicUrl))))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new AlertNotDelivered("the alert webhook did not answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertNotDelivered("the alert delivery was interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new AlertNotDelivered("the alert webhook answered HTTP " + response.statusCode());
        }
    }
}
