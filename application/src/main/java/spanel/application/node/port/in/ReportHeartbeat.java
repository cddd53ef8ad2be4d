package spanel.application.node.port.in;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.node.NodeId;

/** A node reports that it is alive, with its machine's load. */
public interface ReportHeartbeat {

    Instant report(Command command);

    record Command(NodeId node, String key, double cpuLoad, double memoryUsage, double networkSpeed) {
        public Command {
            Objects.requireNonNull(node, "node");
            for (double value : new double[] {cpuLoad, memoryUsage, networkSpeed}) {
                if (!(value >= 0) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("cpu_load, memory_usage and network_speed are numbers from 0");
                }
            }
        }
    }
}
