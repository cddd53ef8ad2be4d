package spanel.application.node.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.node.NodeId;

/** A node reports that it is alive, with its machine's load. */
public interface ReportHeartbeat {

    Instant report(Command command);

    /** {@code load} is the load as the node words it, when it sends one (XrayR's "0.12 0.45 0.30"). */
    record Command(NodeId node, String key, double cpuLoad, double memoryUsage, double networkSpeed,
            Optional<String> load) {

        public Command(NodeId node, String key, double cpuLoad, double memoryUsage, double networkSpeed) {
            this(node, key, cpuLoad, memoryUsage, networkSpeed, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(load, "load");
            for (double value : new double[] {cpuLoad, memoryUsage, networkSpeed}) {
                if (!(value >= 0) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("cpu_load, memory_usage and network_speed are numbers from 0");
                }
            }
        }
    }
}
