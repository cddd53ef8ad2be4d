package spanel.application.user.port.out;

import java.time.Duration;
import spanel.domain.user.Attempts;

/** Counts attempts per key in fixed windows; the first attempt of a key starts its window. */
public interface AttemptLimiter {

    /** Counts one attempt, atomically, and returns the window with it. */
    Attempts record(String key, Duration window);

    /** The current window of a key without counting; {@link Attempts#NONE} when it has none. */
    Attempts peek(String key);

    /**
     * Whether attempts are counted where every instance sees them (Redis) right now, rather than in
     * this process only (the embedded default, or while Redis does not answer).
     */
    default boolean isShared() {
        return false;
    }
}
