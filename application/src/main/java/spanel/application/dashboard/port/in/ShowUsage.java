package spanel.application.dashboard.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Every node's traffic (from the traffic log, hourly and daily) and online users, bucket by bucket, over a range ending now. */
public interface ShowUsage {

    Usage usage(Range range);

    /** The ranges the dashboard draws: 24 hourly buckets, or 30 daily buckets (UTC days). */
    enum Range {
        DAY("24h", 24, Duration.ofHours(1)),
        MONTH("30d", 30, Duration.ofDays(1));

        private final String label;
        private final int buckets;
        private final Duration step;

        Range(String label, int buckets, Duration step) {
            this.label = label;
            this.buckets = buckets;
            this.step = step;
        }

        public String label() {
            return label;
        }

        public int buckets() {
            return buckets;
        }

        public Duration step() {
            return step;
        }
    }

    /** {@code buckets} are the starts of the buckets, oldest first; each node has one value per bucket. */
    record Usage(Range range, List<Instant> buckets, List<NodeUsage> nodes) {
        public Usage {
            Objects.requireNonNull(range, "range");
            buckets = List.copyOf(buckets);
            nodes = List.copyOf(nodes);
        }
    }

    /** Raw bytes (up + down) per bucket, and the highest online count reported in it (0 when none). */
    record NodeUsage(long id, String name, List<Long> traffic, List<Integer> online) {
        public NodeUsage {
            Objects.requireNonNull(name, "name");
            traffic = List.copyOf(traffic);
            online = List.copyOf(online);
        }
    }
}
