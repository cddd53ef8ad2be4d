package spanel.bootstrap.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the scheduled jobs go by: TIMEZONE (whose 00:00 starts a day: resets, the traffic log's
 * days), NODE_DOWN_AFTER (seconds of silence before a node is down) and TRAFFIC_LOG_DAYS (days the
 * traffic log is kept).
 */
public record JobSettings(ZoneId timezone, Duration nodeDownAfter, int trafficLogDays) {

    public static final String DEFAULT_TIMEZONE = "UTC";
    public static final int DEFAULT_NODE_DOWN_AFTER_SECONDS = 300;
    public static final int DEFAULT_TRAFFIC_LOG_DAYS = 90;

    public JobSettings {
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(nodeDownAfter, "nodeDownAfter");
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
