package spanel.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scheduled jobs go by: TIMEZONE (whose 00:00 starts a day: resets, the traffic log's
 * days), NODE_DOWN_AFTER (seconds of silence before a node is down), TRAFFIC_LOG_DAYS (days the
 * traffic log is kept) and ALERT_WEBHOOK_URL (where node-down alerts go; none without it).
 */
public record JobSettings(ZoneId timezone, Duration nodeDownAfter, int trafficLogDays, Optional<URI> alertWebhook) {

    public static final String DEFAULT_TIMEZONE = "UTC";
    public static final int DEFAULT_NODE_DOWN_AFTER_SECONDS = 300;
    public static final int DEFAULT_TRAFFIC_LOG_DAYS = 90;

    public JobSettings {
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(nodeDownAfter, "nodeDownAfter");
        Objects.requireNonNull(alertWebhook, "alertWebhook");
    }

    /** ALERT_WEBHOOK_URL: an absolute http or https URL, or unset (blank) for no alerts; anything else refuses start-up. */
    static Optional<URI> alertWebhook(Environment env) {
        return NoticeSettings.url(env, "ALERT_WEBHOOK_URL");
    }

    /** TIMEZONE as a zone id (Europe/Berlin, UTC, +08:00); anything else refuses start-up. */
    static ZoneId timezone(Environment env) {
        String text = env.get("TIMEZONE").map(String::strip).orElse(DEFAULT_TIMEZONE);
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new StartupRefusal("TIMEZONE must be a time zone such as UTC, Europe/Berlin or Asia/Shanghai (got '"
                    + text + "')");
        }
    }
}
