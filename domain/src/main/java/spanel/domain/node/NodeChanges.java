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

    /** 0 Shadowsocks, 1 Shadowsocks-2022, 2 TUIC v5, 3 WireGuard, 11 VMess/VLESS, 14 Trojan, 20 Hysteria2, 21 AnyTLS. */
    public static final Set<Integer> SORTS = Set.of(0, 1, 2, 3, 11, 14, 20, 21);

    public NodeChanges {
        name.ifPresent(n -> require(!n.isBlank() && n.length() <= 128, "name: 1 to 128 characters"));
        server.ifPresent(s -> require(s.length() <= 255, "server: at most 255 characters"));
        sort.ifPresent(s -> require(SORTS.contains(s), "sort: one of 0, 1, 2, 3, 11, 14, 20, 21"));
        method.ifPresent(m -> require(!m.isBlank() && m.length() <= 64, "method: 1 to 64 characters"));
        nodeClass.ifPresent(c -> require(c >= 0, "node_class: cannot be negative"));
        nodeGroup.ifPresent(g -> require(g >= 0, "node_group: cannot be negative"));
        speedLimit.ifPresent(l -> require(l >= 0, "node_speedlimit: cannot be negative"));
        bandwidthLimit.ifPresent(l -> require(l >= 0, "node_bandwidth_limit: cannot be negative"));
    }

    /** What a new node starts as before its settings apply: plain Shadowsocks, this cipher. */
    public static final String DEFAULT_METHOD = "aes-128-gcm";

    /**
     * These changes made fit for a node that is now of this sort and cipher. A Shadowsocks-2022 node
     * (sort 1) needs a 2022 cipher: when none is asked for it gets the default one; a cipher asked for
     * that does not fit the protocol is refused, naming {@code method} (or {@code sort}, when only the
     * sort changed).
     */
    public NodeChanges settledOn(int currentSort, String currentMethod) {
        int newSort = sort.orElse(currentSort);
        boolean is2022 = Ss2022Keys.isSs2022Cipher(method.orElse(currentMethod));
        if (newSort == Node.SORT_SS2022 && !is2022) {
            if (method.isPresent()) {
                throw new IllegalArgumentException("method: a Shadowsocks-2022 node (sort 1) needs one of "
                        + String.join(", ", new java.util.TreeSet<>(Ss2022Keys.CIPHERS)));
            }
            return new NodeChanges(name, server, sort, customConfig, Optional.of(Ss2022Keys.DEFAULT_CIPHER), rate,
                    nodeClass, nodeGroup, speedLimit, bandwidthLimit, enabled);
        }
        if (newSort == 0 && is2022) {
            throw new IllegalArgumentException(method.isPresent()
                    ? "method: a Shadowsocks-2022 cipher needs sort 1"
                    : "sort: the node's cipher is a Shadowsocks-2022 one; send a method with sort 0");
        }
        return this;
    }

    /** Only this custom_config, nothing else. */
    public static NodeChanges customConfigOnly(String customConfig) {
        return none().withCustomConfig(customConfig);
    }

    /** These changes with this custom_config instead of the one asked for. */
    public NodeChanges withCustomConfig(String config) {
        return new NodeChanges(name, server, sort, Optional.of(config), method, rate, nodeClass, nodeGroup, speedLimit,
                bandwidthLimit, enabled);
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
