package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.LEGACY_NODE_IDS;

import java.util.Optional;
import org.jooq.DSLContext;
import spanel.application.node.port.out.LegacyNodeIds;
import spanel.domain.node.NodeId;

/** One primary-key read of legacy_node_ids, which the import fills. */
public final class JooqLegacyNodeIds implements LegacyNodeIds {

    private final DSLContext dsl;

    public JooqLegacyNodeIds(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<NodeId> find(String nodeType, long legacyId) {
        return dsl.select(LEGACY_NODE_IDS.NODE_ID).from(LEGACY_NODE_IDS)
                .where(LEGACY_NODE_IDS.NODE_TYPE.eq(nodeType)).and(LEGACY_NODE_IDS.LEGACY_ID.eq(legacyId))
                .fetchOptional(LEGACY_NODE_IDS.NODE_ID)
                .map(NodeId::of);
    }
}
