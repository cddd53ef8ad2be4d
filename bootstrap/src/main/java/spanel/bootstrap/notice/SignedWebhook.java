package spanel.bootstrap.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import spanel.application.notice.port.out.NoticeSender;

/**
 * Notices POSTed as JSON to NOTIFY_WEBHOOK_URL, signed: {@code X-Spanel-Timestamp} is the Unix
 * second of the sending, {@code X-Spanel-Signature} is {@code sha256=} and the hex HMAC-SHA256,
 * keyed with NOTIFY_WEBHOOK_SECRET, of the timestamp, a dot and the body's bytes exactly as sent.
 * {@code X-Spanel-Event-Id} stays the same on every attempt of one delivery. Any 2xx delivers.
 */
public final class SignedWebhook implements NoticeSender {

    public static final String EVENT_ID = "X-Spanel-Event-Id";
    public static final String TIMESTAMP = "X-Spanel-Timestamp";
    public static final String SIGNATURE = "X-Spanel-Signature";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI url;
    private final byte[] secret;
    private final Clock clock;

    public SignedWebhook(URI url, String secret, Clock clock) {
        this.url = Objects.requireNonNull(url);
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The body of one notice, as the receiver reads it. */
    record Body(
            @JsonProperty("id") long id,
            @JsonProperty("event") String event,
            @JsonProperty("user_id") long userId,
            @JsonProperty("subject") String subject,
            @JsonProperty("text") String text,
            @JsonProperty("values") Map<String, String> values) {
    }

    /** The signature of {@code body} sent at {@code timestamp}: what a receiver computes to check it. */
    public static String signature(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public void send(Outgoing outgoing) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(new Body(outgoing.id(), outgoing.event().word(), outgoing.user(), outgoing.subject(),
                    outgoing.body(), new TreeMap<>(outgoing.values())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice could not be written as JSON", e);
        }
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(EVENT_ID, Long.toString(outgoing.id()))
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        int status = Http.send(client, request, "the notice webhook");
        if (status / 100 != 2) {
            throw new NotDelivered("the notice webhook answered HTTP " + status);
        }
    }
}
