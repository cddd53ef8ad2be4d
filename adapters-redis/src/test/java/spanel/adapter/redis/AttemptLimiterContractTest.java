package spanel.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.user.Attempts;

/** The attempt limiter, on Redis and in process: the same counts, windows and expiry. */
class AttemptLimiterContractTest extends StoreContractTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private AttemptLimiter limiter() {
        return stores().attemptLimiter();
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void eachAttemptCountsOnceWithinItsWindow() {
        String key = key();

        assertThat(limiter().record(key, MINUTE).count()).isEqualTo(1);
        assertThat(limiter().record(key, MINUTE).count()).isEqualTo(2);
        Attempts third = limiter().record(key, MINUTE);

        assertThat(third.count()).isEqualTo(3);
        assertThat(third.resetsIn()).isPositive().isLessThanOrEqualTo(MINUTE);
    }

    @Test
    void peekingCountsNothing() {
        String key = key();
        limiter().record(key, MINUTE);

        assertThat(limiter().peek(key).count()).isEqualTo(1);
        assertThat(limiter().peek(key).count()).isEqualTo(1);
        assertThat(limiter().peek(key).resetsIn()).isPositive();
    }

    @Test
    void aKeyNeverSeenHasNoAttempts() {
        assertThat(limiter().peek(key())).isEqualTo(Attempts.NONE);
    }

    @Test
    void keysAreCountedApart() {
        String a = key();
        String b = key();
        limiter().record(a, MINUTE);
        limiter().record(a, MINUTE);

        assertThat(limiter().record(b, MINUTE).count()).isEqualTo(1);
    }

    @Test
    void aWindowStartsAfreshOnceItHasEnded() throws InterruptedException {
        String key = key();
        Duration shortWindow = Duration.ofMillis(300);
        limiter().record(key, shortWindow);
        limiter().record(key, shortWindow);

        // Redis ends the window on its own clock, so the test waits for it (a bounded poll, not a fixed pause).
        assertThat(within(Duration.ofSeconds(5), () -> limiter().peek(key).equals(Attempts.NONE))).isTrue();
        assertThat(limiter().record(key, shortWindow).count()).isEqualTo(1);
    }

    @Test
    void concurrentAttemptsAreEachCountedExactlyOnce() throws Exception {
        String key = key();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            var futures = IntStream.range(0, 50).mapToObj(i -> pool.submit(() -> limiter().record(key, MINUTE))).toList();
            for (Future<Attempts> f : futures) {
                f.get();
            }
        }

        assertThat(limiter().peek(key).count()).isEqualTo(50);
    }

    private static boolean within(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }
}
