package spanel.domain.user;

import java.time.Duration;
import java.util.Objects;

/** How many attempts the current window of a key holds, and how long until it starts afresh. */
public record Attempts(long count, Duration resetsIn) {

    public static final Attempts NONE = new Attempts(0, Duration.ZERO);

    public Attempts {
        Objects.requireNonNull(resetsIn, "resetsIn");
        if (count < 0) {
            throw new IllegalArgumentException("an attempt count is not negative");
        }
    }
}
