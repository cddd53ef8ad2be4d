package spanel.adapter.redis;

import java.security.SecureRandom;
import java.util.HexFormat;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import spanel.domain.health.DependencyState;

/**
 * The stores every Redis contract test runs against: the real Redis named by TEST_REDIS_URL
 * (default 127.0.0.1:6379, as scripts/test prepares it) and the in-process default.
 */
public enum TestStore {
    REDIS {
        @Override
        public Stores open() {
            String prefix = "spanel-test:" + HexFormat.of().formatHex(randomBytes()) + ":";
            RedisStores stores = RedisStores.connect(redisUrl(), prefix, 16);
            if (stores.probe().probe() != DependencyState.UP) {
                stores.close();
                throw new IllegalStateException("Redis does not answer at " + redisUrl()
                        + ": run scripts/test, which starts it, or set TEST_REDIS_URL to a server the tests may write to");
            }
            return stores;
        }
    },
    IN_PROCESS {
        @Override
        public Stores open() {
            return new InMemoryStores();
        }
    };

    private static final SecureRandom RANDOM = new SecureRandom();

    public abstract Stores open();

    public static String redisUrl() {
        String configured = System.getenv("TEST_REDIS_URL");
        return configured == null || configured.isBlank() ? "redis://127.0.0.1:6379/0" : configured;
    }

    /** Deletes every key a test run wrote, found by its prefix. */
    static void removeKeys(Stores stores) {
        if (stores instanceof RedisStores redis) {
            ScanParams match = new ScanParams().match(redis.keyPrefix() + "*").count(500);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.client().scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    redis.client().del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
