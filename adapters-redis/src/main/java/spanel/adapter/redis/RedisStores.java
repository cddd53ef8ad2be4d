package spanel.adapter.redis;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.util.JedisURIHelper;
import spanel.application.health.port.out.DependencyProbe;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.user.port.out.AttemptLimiter;

/** The stores on a Redis server. Every key starts with the given prefix. */
public final class RedisStores implements Stores {

    private static final int TIMEOUT_MILLIS = 2_000;

    /** While Redis does not answer, how often the log-in limiter asks it again. */
    public static final Duration LIMITER_RETRY_EVERY = FailoverAttemptLimiter.RETRY_EVERY;

    private final RedisClient redis;
    private final String keyPrefix;
    private final AttemptLimiter attemptLimiter;

    private RedisStores(RedisClient redis, String keyPrefix, Clock clock) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.attemptLimiter = new FailoverAttemptLimiter(new RedisAttemptLimiter(redis, keyPrefix),
                new InMemoryAttemptLimiter(clock), clock);
    }

    /**
     * Connects to {@code redis://[[user]:password@]host[:port][/db]} (or {@code rediss://}).
     * An unreadable URL is an {@link IllegalArgumentException}; the server is not contacted yet.
     */
    public static RedisStores connect(String url, String keyPrefix, int maxConnections) {
        return connect(url, keyPrefix, maxConnections, Clock.systemUTC());
    }

    /** As {@link #connect(String, String, int)}, with the clock that the in-process fallback limits go by. */
    public static RedisStores connect(String url, String keyPrefix, int maxConnections, Clock clock) {
        URI uri = parse(url);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .database(JedisURIHelper.getDBIndex(uri))
                .clientName("spanel");
        if (JedisURIHelper.isRedisSSLScheme(uri)) {
            config.sslOptions(SslOptions.defaults());
        }
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(maxConnections);
        pool.setMaxIdle(maxConnections);
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(uri))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
        return new RedisStores(client, keyPrefix, clock);
    }

    static URI parse(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("REDIS_URL is not a valid URL");
        }
        if (!JedisURIHelper.isValid(uri) || uri.getHost() == null) {
            throw new IllegalArgumentException("REDIS_URL must look like redis://[:password@]host:6379/0");
        }
        return uri;
    }

    /** Fails with the reason when the server does not answer: for start-up, which must not go on without it. */
    public void requireAnswer() {
        try {
            redis.ping();
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    @Override
    public DependencyProbe probe() {
        return new RedisStoreProbe(redis);
    }

    @Override
    public NodeStatusStore nodeStatus() {
        return new RedisNodeStatusStore(redis, keyPrefix);
    }

    /** Counts in Redis, and in this process while Redis does not answer: log-in never waits on Redis. */
    @Override
    public AttemptLimiter attemptLimiter() {
        return attemptLimiter;
    }

    /** Prefix for every key this instance writes, so several deployments or test runs can share a server. */
    String keyPrefix() {
        return keyPrefix;
    }

    RedisClient client() {
        return redis;
    }

    @Override
    public void close() {
        redis.close();
    }
}
