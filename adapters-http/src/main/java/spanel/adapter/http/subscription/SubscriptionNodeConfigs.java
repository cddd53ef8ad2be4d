package spanel.adapter.http.subscription;

import com.fasterxml.jackson.databind.node.ObjectNode;
import spanel.adapter.http.node.CustomConfig;
import spanel.adapter.http.node.Reality;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.node.port.out.NodeConfigs;
import spanel.domain.error.InvalidInput;
import spanel.domain.node.Node;

/**
 * Judges a node by the code that writes it into profiles ({@link ProfileNodes}) and the REALITY
 * settings a node backend needs ({@link Reality}), so what is refused on save is exactly what no
 * subscription could carry.
 */
public final class SubscriptionNodeConfigs implements NodeConfigs {

    @Override
    public String merged(String stored, String change) {
        return CustomConfig.merged(stored, change);
    }

    @Override
    public String servable(Node node) {
        ObjectNode config = CustomConfig.asObject(node.customConfig());
        ObjectNode kept = config;
        if (Reality.wanted(config)) {
            try {
                kept = Reality.checked(config);
            } catch (InvalidRequest e) {
                throw InvalidInput.of(new IllegalArgumentException(e.getMessage()));
            }
        }
        Node settled = withConfig(node, kept.toString());
        ProfileNodes.unservable(settled).ifPresent(fault -> {
            throw new InvalidInput(fault.getKey(), fault.getValue() + ", so no client could use this node");
        });
        return kept.equals(config) ? node.customConfig() : settled.customConfig();
    }

    private static Node withConfig(Node node, String customConfig) {
        return new Node(node.id(), node.name(), node.server(), node.sort(), customConfig, node.method(), node.rate(),
                node.nodeClass(), node.nodeGroup(), node.speedLimit(), node.bandwidth(), node.bandwidthLimit(),
                node.enabled(), node.keyHash(), node.heartbeat(), node.serverKey());
    }
}
