package spanel.domain.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Days counted in UTC, as the dashboards and node overview count "today" whatever the panel's TIMEZONE. */
public final class UtcDays {

    private UtcDays() {
    }

    /** 00:00 UTC of the day {@code instant} falls on. */
    public static Instant startOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.DAYS);
    }
}
