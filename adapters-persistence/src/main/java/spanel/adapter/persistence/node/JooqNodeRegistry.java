package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;

public final class JooqNodeRegistry implements NodeRegistry {

    /** The columns {@link #toNode(ResultSet)} reads, in its order. */
    private static final String PG_FIND_ALL = "SELECT id, name, server, sort, custom_config, method, traffic_rate,"
            + " node_class, node_group, node_speedlimit, node_bandwidth, node_bandwidth_limit, enabled, node_key_hash,"
            + " node_heartbeat, server_key FROM nodes WHERE id = ANY(?::bigint[])";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqNodeRegistry(DSLContext dsl) {
        this.dsl = dsl;
        this.hotPath = new HotPath(dsl);
    }

    @Override
    public Optional<Node> find(NodeId id) {
        return dsl.selectFrom(NODES).where(NODES.ID.eq(id.value())).fetchOptional().map(JooqNodeRegistry::toNode);
    }

    @Override
    public Map<NodeId, Node> findAll(Set<NodeId> ids) {
        Map<NodeId, Node> found = new HashMap<>();
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // Every traffic batch reads its nodes: one constant statement, however many nodes.
            long[] wanted = ids.stream().mapToLong(NodeId::value).toArray();
            return hotPath.query(PG_FIND_ALL, rows -> {
                while (rows.next()) {
                    Node node = toNode(rows);
                    found.put(node.id(), node);
                }
                return found;
            }, wanted);
        }
        dsl.selectFrom(NODES).where(NODES.ID.in(ids.stream().map(NodeId::value).toList()))
                .forEach(row -> found.put(NodeId.of(row.getId()), toNode(row)));
        return found;
    }

    @Override
    public boolean anyNodeHasKeyHash(String keyHash) {
        return dsl.fetchExists(NODES, NODES.NODE_KEY_HASH.eq(keyHash));
    }

    @Override
    public void touchHeartbeat(NodeId id, Instant at) {
        dsl.update(NODES).set(NODES.NODE_HEARTBEAT, Times.utc(at)).where(NODES.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<CalledIn> callIn(NodeId id, Optional<String> keyHash, Instant at) {
        var admitted = NODES.ID.eq(id.value()).and(NODES.ENABLED.isTrue());
        if (keyHash.isPresent()) {
            admitted = admitted.and(NODES.NODE_KEY_HASH.eq(keyHash.get()));
        }
        var heartbeat = dsl.update(NODES).set(NODES.NODE_HEARTBEAT, Times.utc(at));
        var update = dsl.dialect().family() == SQLDialect.POSTGRES
                // A poll's heartbeat is bookkeeping, not a write anyone is answered for, so its commit
                // does not wait for the WAL flush (a crash may lose the last moments of heartbeats,
                // never a report): the flush would be most of a 304's time. set_config(..., true)
                // lasts until this statement's own transaction ends (callIn runs outside any other),
                // so it costs no round trip.
                ? heartbeat.from(DSL.select(DSL.field("set_config('synchronous_commit', 'off', true)")).asTable("async"))
                        .where(admitted)
                // jOOQ renders UPDATE ... RETURNING for H2 as a select from the updated rows.
                : heartbeat.where(admitted);
        return update.returningResult(NODES.asterisk(), JooqNodeUserQuery.LIST_GENERATION)
                .fetchOptional()
                .map(row -> new CalledIn(toNode(row.into(NODES)), row.get(JooqNodeUserQuery.LIST_GENERATION).longValue()));
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

    @Override
    public List<Node> all() {
        return dsl.selectFrom(NODES).orderBy(NODES.ID).fetch(JooqNodeRegistry::toNode);
    }

    @Override
    public boolean change(NodeId id, NodeChanges changes) {
        Map<Field<?>, Object> values = new HashMap<>();
        changes.name().ifPresent(v -> values.put(NODES.NAME, v));
        changes.server().ifPresent(v -> values.put(NODES.SERVER, v));
        changes.sort().ifPresent(v -> values.put(NODES.SORT, v));
        changes.customConfig().ifPresent(v -> values.put(NODES.CUSTOM_CONFIG, v));
        changes.method().ifPresent(v -> values.put(NODES.METHOD, v));
        changes.rate().ifPresent(v -> values.put(NODES.TRAFFIC_RATE, v.toDecimal()));
        changes.nodeClass().ifPresent(v -> values.put(NODES.NODE_CLASS, v));
        changes.nodeGroup().ifPresent(v -> values.put(NODES.NODE_GROUP, v));
        changes.speedLimit().ifPresent(v -> values.put(NODES.NODE_SPEEDLIMIT, v));
        changes.bandwidthLimit().ifPresent(v -> values.put(NODES.NODE_BANDWIDTH_LIMIT, v));
        changes.enabled().ifPresent(v -> values.put(NODES.ENABLED, v));
        if (values.isEmpty()) {
            return dsl.fetchExists(NODES, NODES.ID.eq(id.value()));
        }
        return dsl.update(NODES).set(values).where(NODES.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public boolean delete(NodeId id) {
        return dsl.deleteFrom(NODES).where(NODES.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public boolean replaceKeyHash(NodeId id, String keyHash) {
        return dsl.update(NODES).set(NODES.NODE_KEY_HASH, keyHash).where(NODES.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public boolean replaceServerKey(NodeId id, Optional<String> serverKey) {
        return dsl.update(NODES).set(NODES.SERVER_KEY, serverKey.orElse(null)).where(NODES.ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public Map<NodeId, Long> trafficSince(Instant since) {
        Field<BigDecimal> total = DSL.sum(TRAFFIC_HOURLY.U.plus(TRAFFIC_HOURLY.D));
        Map<NodeId, Long> traffic = new HashMap<>();
        dsl.select(TRAFFIC_HOURLY.NODE_ID, total)
                .from(TRAFFIC_HOURLY)
                .where(TRAFFIC_HOURLY.HOUR_START.ge(Times.utc(since)))
                .groupBy(TRAFFIC_HOURLY.NODE_ID)
                .forEach(r -> traffic.put(NodeId.of(r.value1()), r.value2().longValueExact()));
        return traffic;
    }

    /**
     * The row {@link #toNode(NodesRecord)} maps, read straight from a JDBC result of {@code PG_FIND_ALL}:
     * every traffic batch reads its nodes, and jOOQ's mapping of a plain result set reads its
     * metadata every time. Every column but the three optional ones is NOT NULL.
     */
    private static Node toNode(ResultSet r) throws SQLException {
        return new Node(NodeId.of(r.getLong(1)), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                r.getString(6), TrafficRate.of(r.getBigDecimal(7)), r.getInt(8), r.getInt(9), r.getInt(10), r.getLong(11),
                r.getLong(12), r.getBoolean(13), Optional.ofNullable(r.getString(14)),
                Optional.ofNullable(r.getObject(15, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(r.getString(16)));
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
                Optional.ofNullable(r.getNodeHeartbeat()).map(OffsetDateTime::toInstant),
                Optional.ofNullable(r.getServerKey()));
    }
}
