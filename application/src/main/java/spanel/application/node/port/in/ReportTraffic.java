package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.TrafficReport;

/** A node reports what its users moved; every byte is counted once, however often the report arrives. */
public interface ReportTraffic {

    AppliedReport report(Command command);

    record Command(TrafficReport report, String key) {
        public Command {
            Objects.requireNonNull(report, "report");
        }
    }
}
