package spanel.application.node.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import spanel.domain.node.NodeId;

/**
 * What an operator is told about one node (by id and name): it went down, or it is up again.
 * {@code downSince} keys the incident; {@code since} is when the node entered {@code state};
 * {@code duration} is how long it had been silent when marked down, or how long it was down when it
 * came back.
 */
public record NodeAlert(NodeId node, String name, State state, Instant downSince, Instant since, Duration duration) {

    public enum State {
        DOWN, UP;

        /** The word on the wire. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public NodeAlert {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(downSince, "downSince");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("an alert's duration is never negative");
        }
    }

    public static NodeAlert of(NodeSilence.WentDown down) {
        return new NodeAlert(down.node(), down.name(), State.DOWN, down.since(), down.since(), nonNegative(down.lastHeard(), down.since()));
    }

    public static NodeAlert of(NodeSilence.CameBack back) {
        return new NodeAlert(back.node(), back.name(), State.UP, back.downSince(), back.at(), nonNegative(back.downSince(), back.at()));
    }

    private static Duration nonNegative(Instant from, Instant to) {
        Duration between = Duration.between(from, to);
        return between.isNegative() ? Duration.ZERO : between;
    }
}
