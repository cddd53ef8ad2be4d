package spanel.adapter.redis;

import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import spanel.domain.error.DependencyUnavailable;

/**
 * Runs one call to Redis, turning every failure to reach it (refused or dropped connection, a
 * timeout, an exhausted pool) into {@link DependencyUnavailable}, a 503 at the HTTP edge. An error
 * Redis answered with (a script error, a wrong type) is a fault of ours and is left as it is.
 */
final class RedisCalls {

    static final String WHAT = "the store (Redis)";

    private RedisCalls() {
    }

    static <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisDataException answeredWithAnError) {
            throw answeredWithAnError;
        } catch (JedisException unreachable) {
            throw new DependencyUnavailable(WHAT);
        }
    }

    static void run(Runnable call) {
        run(() -> {
            call.run();
            return null;
        });
    }
}
