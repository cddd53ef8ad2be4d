package spanel.adapter.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ZAddParams;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserId;

/**
 * Node status in Redis, every key expiring after five minutes. A user's alive IPs are one sorted set
 * (member: the IP, score: when it was last seen), shared by all nodes, so an IP seen through two
 * nodes counts once and counting the window is one ZCOUNT; a node's users are one such set too
 * (member: the user id). Writes go in one pipelined round trip.
 */
final class RedisNodeStatusStore implements NodeStatusStore {

    private static final long EXPIRY_SECONDS = EXPIRY.toSeconds();
    private static final int COUNTS_PER_PIPELINE = 1_000;

    private final RedisClient redis;
    private final String prefix;

    RedisNodeStatusStore(RedisClient redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public void recordOnline(NodeId node, int online, String load, Instant at) {
        writeHash(prefix + "node:" + node + ":online",
                Map.of("online", Integer.toString(online), "load", load, "at", Long.toString(at.toEpochMilli())));
    }

    @Override
    public void recordLoad(NodeId node, double cpuLoad, double memoryUsage, double networkSpeed, Instant at) {
        writeHash(prefix + "node:" + node + ":load", Map.of("cpu", Double.toString(cpuLoad),
                "memory", Double.toString(memoryUsage), "network", Double.toString(networkSpeed),
                "at", Long.toString(at.toEpochMilli())));
    }

    private void writeHash(String key, Map<String, String> fields) {
        RedisCalls.run(() -> {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                pipeline.hset(key, fields);
                pipeline.expire(key, EXPIRY_SECONDS);
                pipeline.sync();
            }
        });
    }

    @Override
    public void recordAliveIps(NodeId node, List<AliveIp> ips, Instant at) {
        double now = at.toEpochMilli();
        double expired = at.minus(EXPIRY).toEpochMilli();
        RedisCalls.run(() -> {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                String users = usersKey(node);
                for (AliveIp ip : ips) {
                    String key = aliveKey(ip.user());
                    pipeline.zadd(key, now, ip.ip());
                    pipeline.zremrangeByScore(key, Double.NEGATIVE_INFINITY, expired);
                    pipeline.expire(key, EXPIRY_SECONDS);
                    pipeline.zadd(users, now, ip.user().toString());
                }
                if (!ips.isEmpty()) {
                    pipeline.zremrangeByScore(users, Double.NEGATIVE_INFINITY, expired);
                    pipeline.expire(users, EXPIRY_SECONDS);
                }
                if (!ips.isEmpty()) {
                    pipeline.zadd(lastAliveKey(), now, "at", ZAddParams.zAddParams().gt());
                    pipeline.expire(lastAliveKey(), EXPIRY_SECONDS);
                }
                pipeline.sync();
            }
        });
    }

    @Override
    public void recordReportedLoad(NodeId node, String load, Instant at) {
        writeHash(prefix + "node:" + node + ":load", Map.of("text", load, "at", Long.toString(at.toEpochMilli())));
    }

    @Override
    public Map<UserId, Integer> aliveIpCounts(Collection<UserId> users, Instant now) {
        double since = now.minus(ALIVE_WINDOW).toEpochMilli();
        Map<UserId, Integer> result = new HashMap<>();
        List<UserId> batch = new ArrayList<>(COUNTS_PER_PIPELINE);
        for (UserId user : users) {
            batch.add(user);
            if (batch.size() == COUNTS_PER_PIPELINE) {
                countAliveIps(batch, since, result);
                batch.clear();
            }
        }
        countAliveIps(batch, since, result);
        return result;
    }

    /**
     * One pipeline per batch of users: a pipeline holds every command and reply until it syncs,
     * which for a list of 100,000 users would be tens of megabytes at once.
     */
    private void countAliveIps(List<UserId> batch, double since, Map<UserId, Integer> into) {
        if (batch.isEmpty()) {
            return;
        }
        List<Response<Long>> counts = new ArrayList<>(batch.size());
        RedisCalls.run(() -> {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                for (UserId user : batch) {
                    counts.add(pipeline.zcount(aliveKey(user), since, Double.POSITIVE_INFINITY));
                }
                pipeline.sync();
            }
        });
        for (int i = 0; i < batch.size(); i++) {
            long count = counts.get(i).get();
            if (count > 0) {
                into.put(batch.get(i), (int) count);
            }
        }
    }

    @Override
    public Optional<Instant> lastAliveIpAt() {
        Double at = RedisCalls.run(() -> redis.zscore(lastAliveKey(), "at"));
        return Optional.ofNullable(at).map(millis -> Instant.ofEpochMilli(millis.longValue()));
    }

    /** One score, only ever raised (ZADD GT), so instances recording out of order keep the latest. */
    private String lastAliveKey() {
        return prefix + "alive-last";
    }

    @Override
    public NodeStatus status(NodeId node, Instant now) {
        List<Response<?>> replies = new ArrayList<>();
        RedisCalls.run(() -> {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                replies.add(pipeline.hgetAll(prefix + "node:" + node + ":online"));
                replies.add(pipeline.hgetAll(prefix + "node:" + node + ":load"));
                replies.add(pipeline.exists(usersKey(node)));
                double since = now.minus(ALIVE_WINDOW).toEpochMilli();
                replies.add(pipeline.zcount(usersKey(node), since, Double.POSITIVE_INFINITY));
                pipeline.sync();
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, String> online = (Map<String, String>) replies.get(0).get();
        @SuppressWarnings("unchecked")
        Map<String, String> load = (Map<String, String>) replies.get(1).get();
        boolean sawUsers = (Boolean) replies.get(2).get();
        long users = (Long) replies.get(3).get();
        Optional<Instant> at = latest(online.get("at"), load.get("at"));
        return new NodeStatus(
                online.containsKey("online") ? OptionalInt.of(Integer.parseInt(online.get("online")))
                        : sawUsers ? OptionalInt.of((int) users) : OptionalInt.empty(),
                Optional.ofNullable(online.get("load")).or(() -> Optional.ofNullable(load.get("text"))),
                number(load.get("cpu")),
                number(load.get("memory")),
                number(load.get("network")),
                at);
    }

    private String usersKey(NodeId node) {
        return prefix + "node:" + node + ":users";
    }

    private String aliveKey(UserId user) {
        return prefix + "alive:" + user;
    }

    private static OptionalDouble number(String text) {
        return text == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    }

    private static Optional<Instant> latest(String a, String b) {
        long latest = Math.max(a == null ? -1 : Long.parseLong(a), b == null ? -1 : Long.parseLong(b));
        return latest < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(latest));
    }
}
