package spanel.adapter.redis;

import java.time.Clock;
import spanel.application.health.port.out.DependencyProbe;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.domain.health.DependencyState;

/** The stores inside this process: the default when no REDIS_URL is set. One instance of spanel only. */
public final class InMemoryStores implements Stores {

    private final NodeStatusStore nodeStatus = new InMemoryNodeStatusStore();

    private final AttemptLimiter attemptLimiter;

    public InMemoryStores() {
        this(Clock.systemUTC());
    }

    public InMemoryStores(Clock clock) {
        this.attemptLimiter = new InMemoryAttemptLimiter(clock);
    }

    @Override
    public DependencyProbe probe() {
        return () -> DependencyState.EMBEDDED;
    }

    @Override
    public NodeStatusStore nodeStatus() {
        return nodeStatus;
    }

    @Override
    public AttemptLimiter attemptLimiter() {
        return attemptLimiter;
    }

    @Override
    public void close() {
        // Nothing outside the heap to release.
    }
}
