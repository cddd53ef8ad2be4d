package spanel.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import spanel.domain.user.RateLimit;

/**
 * Subscriptions and the user's node list: SUBSCRIPTION_TITLE (the profile name clients show),
 * SUBSCRIPTION_UPDATE_HOURS (how often clients refresh), SUBSCRIPTION_RATE_LIMIT_IP and
 * SUBSCRIPTION_RATE_LIMIT_TOKEN (fetches per minute), NODE_DOWN_AFTER (seconds of silence after
 * which a node is down), DEVICE_LIMIT_MESSAGE (what a client over the device limit shows; empty for
 * none), SUBSCRIPTION_INFO_ENTRIES (profiles start with entries naming the traffic left, the
 * expiry and the next reset) and SUBSCRIPTION_TEMPLATE_DIR (where the operator's Clash and sing-box
 * templates are, if any).
 */
public record SubscriptionSettings(String title, int updateIntervalHours, int rateLimitPerAddress, int rateLimitPerToken,
        Duration nodeDownAfter, String deviceLimitMessage, boolean infoEntries, Path templateDir) {

    static final String DEFAULT_DEVICE_LIMIT_MESSAGE =
            "Device limit reached: remove a device in your account to use this one.";
    static final int MAX_MESSAGE_LENGTH = 200;

    static final String DEFAULT_TITLE = "spanel";
    static final int MAX_TITLE_LENGTH = 64;

    public SubscriptionSettings {
        if (title.isBlank() || title.length() > MAX_TITLE_LENGTH || title.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new StartupRefusal("SUBSCRIPTION_TITLE must be 1 to " + MAX_TITLE_LENGTH
                    + " characters without control characters (got '" + title + "')");
        }
        if (deviceLimitMessage.length() > MAX_MESSAGE_LENGTH || deviceLimitMessage.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new StartupRefusal("DEVICE_LIMIT_MESSAGE must be at most " + MAX_MESSAGE_LENGTH
                    + " characters without control characters");
        }
    }

    public RateLimit perAddress() {
        return RateLimit.perMinute(rateLimitPerAddress);
    }

    public RateLimit perToken() {
        return RateLimit.perMinute(rateLimitPerToken);
    }
}
