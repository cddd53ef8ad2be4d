package spanel.bootstrap.config;

import java.time.Duration;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.CheckinBonus;
import spanel.domain.user.PortRange;
import spanel.domain.user.RateLimit;
import spanel.domain.user.TokenLifetime;

/**
 * What new accounts get and how logging in is guarded: DEFAULT_TRAFFIC_GB, DEFAULT_EXPIRE_DAYS,
 * DEFAULT_CLASS, DEFAULT_GROUP, PORT_RANGE_START/END, TOKEN_TTL (seconds), LOGIN_RATE_LIMIT (per minute),
 * and the daily check-in bonus (CHECKIN_MIN_MB..CHECKIN_MAX_MB).
 */
public record AccountSettings(
        long defaultTrafficGb,
        int defaultExpireDays,
        int defaultClass,
        int defaultGroup,
        int portRangeStart,
        int portRangeEnd,
        long tokenTtlSeconds,
        int loginRateLimit,
        CheckinBonus checkinBonus) {

    public AccountDefaults defaults() {
        return new AccountDefaults(Traffic.ofGigabytes(defaultTrafficGb), defaultExpireDays, defaultClass, defaultGroup);
    }

    public PortRange ports() {
        return new PortRange(portRangeStart, portRangeEnd);
    }

    public TokenLifetime tokenLifetime() {
        return new TokenLifetime(Duration.ofSeconds(tokenTtlSeconds));
    }

    public RateLimit loginLimit() {
        return RateLimit.perMinute(loginRateLimit);
    }
}
