package spanel.domain.node;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** What a node last reported about itself; each part expires five minutes after it was reported. */
public record NodeStatus(
        OptionalInt online,
        Optional<String> load,
        OptionalDouble cpuLoad,
        OptionalDouble memoryUsage,
        OptionalDouble networkSpeed,
        Optional<Instant> reportedAt) {

    public static final NodeStatus NONE = new NodeStatus(OptionalInt.empty(), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
}
