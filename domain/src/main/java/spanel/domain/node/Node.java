package spanel.domain.node;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A node server as the panel configures it. {@code sort} is the protocol (0 Shadowsocks, 1 SS-2022,
 * 2 TUIC v5, 11 VMess/VLESS, 14 Trojan, 20 Hysteria2, 21 AnyTLS); {@code customConfig} is the operator's JSON object for the node;
 * bandwidth counters are raw bytes. {@code method} is the node's Shadowsocks cipher, served to both
 * node APIs; {@code serverKey} is the Shadowsocks-2022 server PSK (sort 1 only), random and unique.
 */
public record Node(
        NodeId id,
        String name,
        String server,
        int sort,
        String customConfig,
        String method,
        TrafficRate rate,
        int nodeClass,
        int nodeGroup,
        int speedLimit,
        long bandwidth,
        long bandwidthLimit,
        boolean enabled,
        Optional<String> keyHash,
        Optional<Instant> heartbeat,
        Optional<String> serverKey) {

    public static final int SORT_SHADOWSOCKS = 0;
    public static final int SORT_SS2022 = 1;
    public static final int SORT_TUIC = 2;
    public static final int SORT_VMESS = 11;
    public static final int SORT_TROJAN = 14;
    public static final int SORT_HYSTERIA2 = 20;
    public static final int SORT_ANYTLS = 21;

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(serverKey, "serverKey");
    }

    /** A Shadowsocks-2022 node: it needs a server key as long as its cipher asks for. */
    public boolean isSs2022() {
        return sort == SORT_SS2022;
    }

    /** A Shadowsocks node, plain or 2022: its users' credential is its {@link ShadowsocksCredential} setting. */
    public boolean isShadowsocks() {
        return sort == SORT_SHADOWSOCKS || sort == SORT_SS2022;
    }

    /** Over its bandwidth cap (0 means none): its users are no longer served. */
    public boolean isOverBandwidth() {
        return bandwidthLimit > 0 && bandwidth >= bandwidthLimit;
    }

    /** Whether the key is this node's own (compared in constant time). */
    public boolean ownKeyIs(String presentedKey) {
        return keyHash.map(hash -> NodeKeys.matches(presentedKey, hash)).orElse(false);
    }
}
