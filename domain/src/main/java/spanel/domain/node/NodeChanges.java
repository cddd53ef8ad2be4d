package spanel.domain.node;

import java.util.Optional;
import java.util.Set;

/**
 * What an operator changes on a node; an empty field stays as it is. Each present value is checked
 * here, so a stored node always has a known protocol, non-negative limits and a valid rate.
 */
public record NodeChanges(
        Optional<String> name,
        Optional<String> server,
        Optional<Integer> sort,
        Optional<String> customConfig,
        Optional<String> method,
        Optional<TrafficRate> rate,
        Optional<Integer> nodeClass,
        Optional<Integer> nodeGroup,
        Optional<Integer> speedLimit,
        Optional<Long> bandwidthLimit,
        Optional<Boolean> enabled) {

    /** 0 Shadowsocks, 1 Shadowsocks-2022, 2 TUIC, 3 WireGuard, 11 VMess/VLESS, 14 Trojan. */
    public static final Set<Integer> SORTS = Set.of(0, 1, 2, 3, 11, 14);

    public NodeChanges {
        name.ifPresent(n -> require(!n.isBlank() && n.length() <= 128, "name: 1 to 128 characters"));
        server.ifPresent(s -> require(s.length() <= 255, "server: at most 255 characters"));
        sort.ifPresent(s -> require(SORTS.contains(s), "sort: one of 0, 1, 2, 3, 11, 14"));
        method.ifPresent(m -> require(!m.isBlank() && m.length() <= 64, "method: 1 to 64 characters"));
        nodeClass.ifPresent(c -> require(c >= 0, "node_class: cannot be negative"));
        nodeGroup.ifPresent(g -> require(g >= 0, "node_group: cannot be negative"));
        speedLimit.ifPresent(l -> require(l >= 0, "node_speedlimit: cannot be negative"));
        bandwidthLimit.ifPresent(l -> require(l >= 0, "node_bandwidth_limit: cannot be negative"));
    }

    public static NodeChanges none() {
        return new NodeChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }
}
