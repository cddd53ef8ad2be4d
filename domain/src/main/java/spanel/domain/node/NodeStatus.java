package spanel.domain.node;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a node last reported about itself; each part expires five minutes after it was reported.
 * {@code cpuLoad} is the share of the node's CPU in use, 0 to 1, whatever unit its backend sends
 * (each node API converts on the way in); {@code load} is the load as the node words it.
 */
public record NodeStatus(
        OptionalInt online,
        Optional<String> load,
        OptionalDouble cpuLoad,
        OptionalDouble memoryUsage,
        OptionalDouble networkSpeed,
        Optional<Instant> reportedAt) {

    public static final NodeStatus NONE = new NodeStatus(OptionalInt.empty(), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());

    /**
     * The node's load as users and operators read it: the CPU in use, a whole percentage from 0 to
     * 100 (a share above 1, a load average sent where a share belongs, counts as 100).
     */
    public OptionalInt loadPercent() {
        if (cpuLoad.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(Math.min(1, cpuLoad.getAsDouble()) * 100));
    }
}
