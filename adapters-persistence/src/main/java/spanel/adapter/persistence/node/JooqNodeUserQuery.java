package spanel.adapter.persistence.node;

import static org.jooq.impl.DSL.val;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.domain.node.Node;
import spanel.domain.node.NodeUser;

/** The node user lists: one query each, rows mapped straight into flat views. */
public final class JooqNodeUserQuery implements NodeUserQuery {

    private static final List<SelectField<?>> COLUMNS = List.of(USERS.ID, USERS.EMAIL, USERS.PASSWD, USERS.PORT,
            USERS.METHOD, USERS.PROTOCOL, USERS.PROTOCOL_PARAM, USERS.OBFS, USERS.OBFS_PARAM, USERS.UUID, USERS.T,
            USERS.U, USERS.D, USERS.TRANSFER_ENABLE, USERS.CLASS, USERS.NODE_GROUP, USERS.NODE_SPEEDLIMIT,
            USERS.NODE_IPLIMIT, USERS.ENABLE, USERS.SWITCH_ON);

    private final DSLContext dsl;

    public JooqNodeUserQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<NodeUser> allowedOn(Node node, Instant now) {
        var at = JooqNodeRegistry.utc(now);
        return dsl.select(COLUMNS)
                .from(USERS)
                .where(Eligibility.userServable(at))
                .and(Eligibility.fits(val(node.nodeClass()), val(node.nodeGroup()), at))
                .orderBy(USERS.ID)
                .fetch(JooqNodeUserQuery::toView);
    }

    @Override
    public List<NodeUser> all() {
        return dsl.select(COLUMNS).from(USERS).orderBy(USERS.ID).fetch(JooqNodeUserQuery::toView);
    }

    private static NodeUser toView(Record r) {
        return new NodeUser(r.get(USERS.ID), r.get(USERS.EMAIL), r.get(USERS.PASSWD), r.get(USERS.PORT),
                r.get(USERS.METHOD), r.get(USERS.PROTOCOL), r.get(USERS.PROTOCOL_PARAM), r.get(USERS.OBFS),
                r.get(USERS.OBFS_PARAM), r.get(USERS.UUID), r.get(USERS.T), r.get(USERS.U), r.get(USERS.D),
                r.get(USERS.TRANSFER_ENABLE), r.get(USERS.CLASS), r.get(USERS.NODE_GROUP), r.get(USERS.NODE_SPEEDLIMIT),
                r.get(USERS.NODE_IPLIMIT), r.get(USERS.ENABLE), r.get(USERS.SWITCH_ON), 0);
    }
}
