package spanel.domain.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a node looks from its last call-in: up when heard from within two minutes, down when not
 * heard from for the operator's down-after time (or never), late in between.
 */
public enum NodeState {
    UP, LATE, DOWN;

    /** A node that called in this recently is up: it calls in every minute. */
    public static final Duration UP_WITHIN = Duration.ofSeconds(120);

    public static NodeState of(Optional<Instant> lastCallIn, Instant now, Duration downAfter) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(downAfter, "downAfter");
        if (lastCallIn.isEmpty()) {
            return DOWN;
        }
        Duration silent = Duration.between(lastCallIn.get(), now);
        if (silent.compareTo(UP_WITHIN) <= 0) {
            return UP;
        }
        return silent.compareTo(downAfter) >= 0 ? DOWN : LATE;
    }
}
