package spanel.adapter.redis;

import spanel.application.health.port.out.DependencyProbe;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.user.port.out.AttemptLimiter;

/**
 * The short-lived state spanel keeps outside the database (node status, alive IPs, rate limits):
 * in Redis when REDIS_URL is set, in this process otherwise. Each port has both implementations
 * and one contract test that runs against both.
 */
public interface Stores extends AutoCloseable {

    /** UP for a Redis that answers, DOWN for one that does not, EMBEDDED in-process. */
    DependencyProbe probe();

    NodeStatusStore nodeStatus();

    /** Counts log-in failures and registrations per client address and per email. */
    AttemptLimiter attemptLimiter();

    @Override
    void close();
}
