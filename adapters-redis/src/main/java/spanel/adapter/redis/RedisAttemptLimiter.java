package spanel.adapter.redis;

import java.time.Duration;
import java.util.List;
import redis.clients.jedis.RedisClient;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.user.Attempts;

/**
 * Fixed windows in Redis: one Lua script raises the count and, on the first attempt, sets the
 * key's expiry, so no key can be left counting without one. The window's end is the key's TTL.
 * A Redis that does not answer is a {@link spanel.domain.error.DependencyUnavailable}.
 */
final class RedisAttemptLimiter implements AttemptLimiter {

    private static final String RECORD = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 or redis.call('PTTL', KEYS[1]) < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return {count, redis.call('PTTL', KEYS[1])}""";
    private static final String PEEK = """
            local count = redis.call('GET', KEYS[1])
            if not count then return {0, 0} end
            return {tonumber(count), redis.call('PTTL', KEYS[1])}""";

    private final RedisClient redis;
    private final String keyPrefix;

    RedisAttemptLimiter(RedisClient redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix + "attempts:";
    }

    @Override
    public Attempts record(String key, Duration window) {
        return attempts(RedisCalls.run(() -> redis.eval(RECORD, List.of(keyPrefix + key), List.of(Long.toString(window.toMillis())))));
    }

    @Override
    public Attempts peek(String key) {
        return attempts(RedisCalls.run(() -> redis.eval(PEEK, List.of(keyPrefix + key), List.of())));
    }

    private static Attempts attempts(Object reply) {
        List<?> values = (List<?>) reply;
        long count = (Long) values.get(0);
        long millisLeft = Math.max(0, (Long) values.get(1));
        return count == 0 ? Attempts.NONE : new Attempts(count, Duration.ofMillis(millisLeft));
    }
}
