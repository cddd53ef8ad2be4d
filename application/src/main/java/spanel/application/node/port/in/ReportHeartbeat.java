package spanel.application.node.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.node.NodeId;

/** A node reports that it is alive, with its machine's load. */
public interface ReportHeartbeat {

    Instant report(Command command);

    /**
     * {@code load} is the load as the node words it, when it sends one (XrayR's "0.12 0.45 0.30");
     * {@code measured} is false when the node sent no figures at all, so none are recorded.
     */
    record Command(NodeId node, String key, double cpuLoad, double memoryUsage, double networkSpeed,
            Optional<String> load, boolean measured) {

        public Command(NodeId node, String key, double cpuLoad, double memoryUsage, double networkSpeed) {
            this(node, key, cpuLoad, memoryUsage, networkSpeed, Optional.empty());
        }

        public Command(NodeId node, String key, double cpuLoad, double memoryUsage, double networkSpeed,
                Optional<String> load) {
            this(node, key, cpuLoad, memoryUsage, networkSpeed, load, true);
        }

        /** A sign of life with no figures: the node is heard from, its load stays unknown (not 0). */
        public static Command unmeasured(NodeId node, String key) {
            return new Command(node, key, 0, 0, 0, Optional.empty(), false);
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
