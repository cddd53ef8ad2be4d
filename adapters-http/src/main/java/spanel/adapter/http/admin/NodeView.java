package spanel.adapter.http.admin;

import java.math.BigDecimal;
import java.time.Instant;
import spanel.adapter.http.node.CustomConfig;
import spanel.domain.node.Node;

/**
 * A node as the admin API shows it. The key is never shown: only its hash is kept. The
 * Shadowsocks-2022 server key is shown (null for other sorts): clients need it in their configuration.
 */
record NodeView(long id, String name, String server, int sort, Object customConfig, String method,
        BigDecimal trafficRate, int nodeClass, int nodeGroup, int nodeSpeedlimit, long nodeBandwidth,
        long nodeBandwidthLimit, int status, Long nodeHeartbeat, String serverKey) {

    static NodeView of(Node node) {
        return new NodeView(node.id().value(), node.name(), node.server(), node.sort(),
                CustomConfig.asObject(node.customConfig()), node.method(), node.rate().toDecimal().stripTrailingZeros(),
                node.nodeClass(), node.nodeGroup(), node.speedLimit(), node.bandwidth(), node.bandwidthLimit(),
                node.enabled() ? 1 : 0, node.heartbeat().map(Instant::getEpochSecond).orElse(null),
                node.serverKey().orElse(null));
    }
}
