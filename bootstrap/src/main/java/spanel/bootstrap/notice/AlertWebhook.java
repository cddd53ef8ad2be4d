package spanel.bootstrap.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import spanel.application.notice.port.out.NoticeSender;

/**
 * Node notices POSTed as JSON to ALERT_WEBHOOK_URL with the JDK's HTTP client, in the body its
 * receivers have always read (node id and name, state, since, down since, duration, the node's
 * admin URL). Any 2xx delivers; no answer within the timeouts, or any other status, does not, and
 * the outbox tries again.
 */
public final class AlertWebhook implements NoticeSender {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI webhook;
    private final String publicUrl;

    /** {@code publicUrl} (PUBLIC_URL) is where the alert's {@code panel_url} points. */
    public AlertWebhook(URI webhook, String publicUrl) {
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

    /** The body from a node notice's values. */
    static Body body(Map<String, String> values, String publicUrl) {
        long node = Long.parseLong(values.get("node_id"));
        return new Body(node, values.getOrDefault("node_name", ""), values.get("state"), values.get("since"),
                values.get("down_since"), Long.parseLong(values.get("duration_seconds")),
                publicUrl + "/app/api/v0/admin/nodes/" + node);
    }

    @Override
    public void send(Outgoing outgoing) {
        if (!outgoing.values().containsKey("node_id")) {
            throw new NotDelivered("the alert webhook takes node notices only, not " + outgoing.event().word(), true);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(webhook).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(SignedWebhook.EVENT_ID, Long.toString(outgoing.id()))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(outgoing.values(), publicUrl))))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
        int status = Http.send(client, request, "the alert webhook");
        if (status / 100 != 2) {
            throw new NotDelivered("the alert webhook answered HTTP " + status);
        }
    }
}
