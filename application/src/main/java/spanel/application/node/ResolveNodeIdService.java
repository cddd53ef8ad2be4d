package spanel.application.node;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.application.node.port.out.LegacyNodeIds;
import spanel.domain.node.NodeId;

/**
 * Looks the pair up under V2board's table names: {@code v2ray} is how V2bX and XrayR name a vmess
 * node, {@code hysteria2} a hysteria one.
 */
public final class ResolveNodeIdService implements ResolveNodeId {

    private final LegacyNodeIds legacyNodeIds;

    public ResolveNodeIdService(LegacyNodeIds legacyNodeIds) {
        this.legacyNodeIds = Objects.requireNonNull(legacyNodeIds);
    }

    @Override
    public NodeId resolve(Optional<String> nodeType, NodeId sent) {
        return nodeType.map(ResolveNodeIdService::tableName)
                .flatMap(type -> legacyNodeIds.find(type, sent.value()))
                .orElse(sent);
    }

    static String tableName(String nodeType) {
        String type = nodeType.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "v2ray" -> "vmess";
            case "hysteria2" -> "hysteria";
            default -> type;
        };
    }
}
