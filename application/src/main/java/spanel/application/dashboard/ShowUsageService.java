package spanel.application.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import spanel.application.dashboard.port.in.ShowUsage;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.domain.common.UtcDays;

/**
 * Buckets the traffic log (its hours and the days rolled up) and the online slots per node: traffic
 * adds up within a bucket, online takes the highest count seen in it. The last bucket is the one holding now.
 */
public final class ShowUsageService implements ShowUsage {

    private final DashboardQueries queries;
    private final Clock clock;

    public ShowUsageService(DashboardQueries queries, Clock clock) {
        this.queries = Objects.requireNonNull(queries);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Usage usage(Range range) {
        Instant now = clock.instant();
        Instant last = range == Range.DAY
                ? now.truncatedTo(ChronoUnit.HOURS)
                : UtcDays.startOf(now);
        Instant first = last.minus(range.step().multipliedBy(range.buckets() - 1L));
        List<Instant> buckets = new ArrayList<>(range.buckets());
        for (int i = 0; i < range.buckets(); i++) {
            buckets.add(first.plus(range.step().multipliedBy(i)));
        }
        Map<Long, long[]> traffic = new HashMap<>();
        for (DashboardQueries.Sample s : queries.trafficSince(first)) {
            int i = bucket(first, range, s.at());
            if (i >= 0) {
                traffic.computeIfAbsent(s.node(), n -> new long[range.buckets()])[i] += s.value();
            }
        }
        Map<Long, long[]> online = new HashMap<>();
        for (DashboardQueries.Sample s : queries.onlineSince(first)) {
            int i = bucket(first, range, s.at());
            if (i >= 0) {
                long[] row = online.computeIfAbsent(s.node(), n -> new long[range.buckets()]);
                row[i] = Math.max(row[i], s.value());
            }
        }
        long[] none = new long[range.buckets()];
        List<NodeUsage> nodes = queries.nodes().stream()
                .map(node -> new NodeUsage(node.id(), node.name(),
                        boxed(traffic.getOrDefault(node.id(), none)),
                        boxed(online.getOrDefault(node.id(), none)).stream().map(Long::intValue).toList()))
                .toList();
        return new Usage(range, buckets, nodes);
    }

    /** The index of the bucket holding {@code at}, or -1 outside the range. */
    private static int bucket(Instant first, Range range, Instant at) {
        long index = (at.getEpochSecond() - first.getEpochSecond()) / range.step().toSeconds();
        return at.isBefore(first) || index >= range.buckets() ? -1 : (int) index;
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }
}
