package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.UsableNodes;
import spanel.domain.node.Node;
import spanel.domain.user.UserId;

/** A user's nodes: the node user list's rule, read from the user's side, in one query. */
public final class JooqUsableNodes implements UsableNodes {

    private final DSLContext dsl;

    public JooqUsableNodes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Node> usableBy(UserId user, Instant now) {
        var at = Times.utc(now);
        return dsl.select(NODES.fields())
                .from(NODES)
                .join(USERS).on(USERS.ID.eq(user.value()))
                .where(Eligibility.nodeServing())
                .and(Eligibility.userServable(at))
                .and(Eligibility.fits(NODES.NODE_CLASS, NODES.NODE_GROUP, at))
                .orderBy(NODES.NODE_CLASS, NODES.NAME, NODES.ID)
                .fetch(r -> JooqNodeRegistry.toNode(r.into(NODES)));
    }
}
