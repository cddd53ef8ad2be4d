package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;

public final class JooqNodeRegistry implements NodeRegistry {

    private final DSLContext dsl;

    public JooqNodeRegistry(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Node> find(NodeId id) {
        return dsl.selectFrom(NODES).where(NODES.ID.eq(id.value())).fetchOptional().map(JooqNodeRegistry::toNode);
    }

    @Override
    public boolean anyNodeHasKeyHash(String keyHash) {
        return dsl.fetchExists(NODES, NODES.NODE_KEY_HASH.eq(keyHash));
    }

    @Override
    public void touchHeartbeat(NodeId id, Instant at) {
        dsl.update(NODES).set(NODES.NODE_HEARTBEAT, utc(at)).where(NODES.ID.eq(id.value())).execute();
    }

    @Override
    public NodeId create(NewNode node, String keyHash) {
        return NodeId.of(dsl.insertInto(NODES)
                .set(NODES.NAME, node.name())
                .set(NODES.NODE_CLASS, node.nodeClass())
                .set(NODES.NODE_GROUP, node.nodeGroup())
                .set(NODES.TRAFFIC_RATE, node.rate().toDecimal())
                .set(NODES.NODE_KEY_HASH, keyHash)
                .returning(NODES.ID)
                .fetchOne(NODES.ID));
    }

    static Node toNode(NodesRecord r) {
        return new Node(
                NodeId.of(r.getId()),
                r.getName(),
                r.getServer(),
                r.getSort(),
                r.getCustomConfig(),
                r.getMethod(),
                TrafficRate.of(r.getTrafficRate()),
                r.getNodeClass(),
                r.getNodeGroup(),
                r.getNodeSpeedlimit(),
                r.getNodeBandwidth(),
                r.getNodeBandwidthLimit(),
                r.getEnabled(),
                Optional.ofNullable(r.getNodeKeyHash()),
                Optional.ofNullable(r.getNodeHeartbeat()).map(OffsetDateTime::toInstant));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
