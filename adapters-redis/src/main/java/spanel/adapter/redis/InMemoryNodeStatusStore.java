package spanel.adapter.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserId;

/** Node status in this process, with the same expiry rules as the Redis store. */
final class InMemoryNodeStatusStore implements NodeStatusStore {

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private record Online(int online, String load, Instant at) {
    }

    private record Load(double cpu, double memory, double network, Instant at) {
    }

    private record ReportedLoad(String load, Instant at) {
    }

    private final Map<NodeId, Online> online = new ConcurrentHashMap<>();
    private final Map<NodeId, Load> load = new ConcurrentHashMap<>();
    private final Map<NodeId, ReportedLoad> reportedLoad = new ConcurrentHashMap<>();
    private final Map<UserId, Map<String, Instant>> alive = new ConcurrentHashMap<>();
    private final Map<NodeId, Map<UserId, Instant>> nodeUsers = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);
    private final AtomicReference<Instant> lastAlive = new AtomicReference<>();

    @Override
    public void recordOnline(NodeId node, int count, String nodeLoad, Instant at) {
        online.put(node, new Online(count, nodeLoad, at));
    }

    @Override
    public void recordLoad(NodeId node, double cpuLoad, double memoryUsage, double networkSpeed, Instant at) {
        load.put(node, new Load(cpuLoad, memoryUsage, networkSpeed, at));
    }

    @Override
    public void recordAliveIps(NodeId node, List<AliveIp> ips, Instant at) {
        Instant expired = at.minus(EXPIRY);
        for (AliveIp ip : ips) {
            Map<String, Instant> seen = alive.computeIfAbsent(ip.user(), k -> new ConcurrentHashMap<>());
            seen.merge(ip.ip(), at, (a, b) -> a.isAfter(b) ? a : b);
            seen.values().removeIf(last -> last.isBefore(expired));
        }
        if (!ips.isEmpty()) {
            Map<UserId, Instant> users = nodeUsers.computeIfAbsent(node, k -> new ConcurrentHashMap<>());
            ips.forEach(ip -> users.merge(ip.user(), at, (a, b) -> a.isAfter(b) ? a : b));
            users.values().removeIf(last -> last.isBefore(expired));
            lastAlive.accumulateAndGet(at, (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
        sweep(at, expired);
    }

    @Override
    public Optional<Instant> lastAliveIpAt() {
        return Optional.ofNullable(lastAlive.get());
    }

    /**
     * Users who stop being seen are dropped once everything they left has expired. A sweep walks
     * every user, so it runs at most once a minute, not on every report.
     */
    private void sweep(Instant at, Instant expired) {
        Instant last = lastSweep.get();
        if (at.isBefore(last.plus(SWEEP_EVERY)) || !lastSweep.compareAndSet(last, at)) {
            return;
        }
        alive.values().removeIf(seen -> seen.values().stream().allMatch(seenAt -> seenAt.isBefore(expired)));
        nodeUsers.values().removeIf(seen -> seen.values().stream().allMatch(seenAt -> seenAt.isBefore(expired)));
    }

    @Override
    public void recordReportedLoad(NodeId node, String load, Instant at) {
        reportedLoad.put(node, new ReportedLoad(load, at));
    }

    @Override
    public Map<UserId, Integer> aliveIpCounts(Collection<UserId> users, Instant now) {
        Instant since = now.minus(ALIVE_WINDOW);
        Map<UserId, Integer> counts = new HashMap<>();
        for (UserId user : users) {
            long count = alive.getOrDefault(user, Map.of()).values().stream().filter(last -> !last.isBefore(since)).count();
            if (count > 0) {
                counts.put(user, (int) count);
            }
        }
        return counts;
    }

    /** Distinct users the node reported within the window; empty when it reported none in five minutes. */
    private OptionalInt usersSeen(NodeId node, Instant now) {
        Map<UserId, Instant> users = nodeUsers.get(node);
        if (users == null || users.values().stream().allMatch(last -> !last.isAfter(now.minus(EXPIRY)))) {
            return OptionalInt.empty();
        }
        Instant since = now.minus(ALIVE_WINDOW);
        return OptionalInt.of((int) users.values().stream().filter(last -> !last.isBefore(since)).count());
    }

    @Override
    public NodeStatus status(NodeId node, Instant now) {
        Instant expired = now.minus(EXPIRY);
        Online o = Optional.ofNullable(online.get(node)).filter(x -> x.at().isAfter(expired)).orElse(null);
        Load l = Optional.ofNullable(load.get(node)).filter(x -> x.at().isAfter(expired)).orElse(null);
        Optional<String> reported = Optional.ofNullable(reportedLoad.get(node)).filter(x -> x.at().isAfter(expired))
                .map(ReportedLoad::load);
        Optional<Instant> at = Optional.ofNullable(o == null ? null : o.at());
        if (l != null && (at.isEmpty() || l.at().isAfter(at.get()))) {
            at = Optional.of(l.at());
        }
        return new NodeStatus(
                o == null ? usersSeen(node, now) : OptionalInt.of(o.online()),
                Optional.ofNullable(o == null ? null : o.load()).or(() -> reported),
                l == null ? OptionalDouble.empty() : OptionalDouble.of(l.cpu()),
                l == null ? OptionalDouble.empty() : OptionalDouble.of(l.memory()),
                l == null ? OptionalDouble.empty() : OptionalDouble.of(l.network()),
                at);
    }
}
