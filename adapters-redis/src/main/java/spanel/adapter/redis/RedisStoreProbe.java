package spanel.adapter.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import spanel.application.health.port.out.DependencyProbe;
import spanel.domain.health.DependencyState;

/** Redis is up when it answers PING within the client's timeout. */
final class RedisStoreProbe implements DependencyProbe {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStoreProbe.class);

    private final RedisClient redis;

    RedisStoreProbe(RedisClient redis) {
        this.redis = redis;
    }

    @Override
    public DependencyState probe() {
        try {
            return "PONG".equals(redis.ping()) ? DependencyState.UP : DependencyState.DOWN;
        } catch (RuntimeException e) {
            LOG.warn("redis health check failed: {}", e.getMessage());
            return DependencyState.DOWN;
        }
    }
}
