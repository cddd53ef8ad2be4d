package spanel.adapter.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.user.Attempts;

/** Fixed windows in this process. Windows that have ended are dropped as the map grows. */
final class InMemoryAttemptLimiter implements AttemptLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long count, Instant endsAt) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryAttemptLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Attempts record(String key, Duration window) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.endsAt()));
        }
        // compute() runs atomically per key: concurrent attempts each count once.
        Window current = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.endsAt())
                ? new Window(1, now.plus(window))
                : new Window(w.count() + 1, w.endsAt()));
        return new Attempts(current.count(), Duration.between(now, current.endsAt()));
    }

    @Override
    public Attempts peek(String key) {
        Instant now = clock.instant();
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.endsAt())) {
            return Attempts.NONE;
        }
        return new Attempts(current.count(), Duration.between(now, current.endsAt()));
    }
}
