package spanel.domain.node;

import java.time.Instant;
import java.util.Optional;

/**
 * Nodes for tests, built from defaults so a test names only what its rule is about:
 * {@code Nodes.aNode(1).withOwnKey("key-a").disabled().build()}. The defaults: enabled, rate 1,
 * no key of its own, no bandwidth limit, never heard from.
 */
public final class Nodes {

    private final NodeId id;
    private Optional<String> keyHash = Optional.empty();
    private TrafficRate rate = TrafficRate.ONE;
    private boolean enabled = true;
    private long bandwidth;
    private long bandwidthLimit;
    private Optional<Instant> heartbeat = Optional.empty();

    private Nodes(NodeId id) {
        this.id = id;
    }

    public static Nodes aNode(long id) {
        return new Nodes(NodeId.of(id));
    }

    public Nodes withOwnKey(String key) {
        this.keyHash = Optional.ofNullable(key).map(NodeKeys::hash);
        return this;
    }

    public Nodes billedAt(TrafficRate rate) {
        this.rate = rate;
        return this;
    }

    public Nodes disabled() {
        this.enabled = false;
        return this;
    }

    public Nodes enabled(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    /** Carried {@code bandwidth} bytes this month out of a limit of {@code limit}. */
    public Nodes carried(long bandwidth, long limit) {
        this.bandwidth = bandwidth;
        this.bandwidthLimit = limit;
        return this;
    }

    public Nodes heardFromAt(Instant at) {
        this.heartbeat = Optional.of(at);
        return this;
    }

    public Node build() {
        return new Node(id, "n" + id.value(), "", 0, "{}", "aes-128-gcm", rate, 0, 0, 0, bandwidth, bandwidthLimit,
                enabled, keyHash, heartbeat, Optional.empty());
    }
}
