package spanel.adapter.persistence.node;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.generated.Tables.USER_LIST_GENERATIONS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import spanel.adapter.persistence.support.Ports;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.domain.node.Node;
import spanel.domain.node.NodeUser;

/** The node user lists: one query each, rows mapped straight into flat views. */
public final class JooqNodeUserQuery implements NodeUserQuery {

    private static final List<SelectField<?>> COLUMNS = List.of(USERS.ID, USERS.EMAIL, USERS.PASSWD, USERS.PORT,
            USERS.METHOD, USERS.PROTOCOL, USERS.PROTOCOL_PARAM, USERS.OBFS, USERS.OBFS_PARAM, USERS.UUID, USERS.T,
            USERS.U, USERS.D, USERS.TRANSFER_ENABLE, USERS.CLASS, USERS.NODE_GROUP, USERS.NODE_SPEEDLIMIT,
            USERS.NODE_IPLIMIT, USERS.ENABLE, USERS.SWITCH_ON);

    /** The users' list generation, as a scalar subquery that other statements may carry. */
    static final Field<BigDecimal> LIST_GENERATION = field(select(sum(USER_LIST_GENERATIONS.GENERATION)).from(USER_LIST_GENERATIONS));

    private static final int FETCH_SIZE = 500;

    private final DSLContext dsl;

    public JooqNodeUserQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Listing allowedOn(Node node, Instant now) {
        var at = Times.utc(now);
        List<NodeUser> users = new ArrayList<>();
        OffsetDateTime[] changesAt = {null};
        Strings strings = new Strings();
        eachRow(dsl.select(COLUMNS).select(USERS.EXPIRE_IN, USERS.CLASS_EXPIRE)
                .from(USERS)
                .where(Eligibility.userServable(at))
                .and(Eligibility.fits(val(node.nodeClass()), val(node.nodeGroup()), at))
                .orderBy(USERS.ID), row -> {
                    users.add(toView(row, strings));
                    changesAt[0] = earliestAhead(changesAt[0], row.get(USERS.EXPIRE_IN), at);
                    changesAt[0] = earliestAhead(changesAt[0], row.get(USERS.CLASS_EXPIRE), at);
                });
        return new Listing(users, Optional.ofNullable(changesAt[0]).map(OffsetDateTime::toInstant));
    }

    /**
     * Reads the rows a few hundred at a time instead of all at once: a whole list of 100,000 users
     * would otherwise sit in the driver as raw rows beside the views made of them. PostgreSQL's
     * driver only reads a result in parts inside a transaction, hence the transaction.
     */
    private void eachRow(ResultQuery<Record> query, Consumer<Record> each) {
        dsl.transaction(() -> {
            try (Cursor<Record> rows = query.fetchSize(FETCH_SIZE).fetchLazy()) {
                rows.forEach(each);
            }
        });
    }

    /** Time only takes users off a list (accounts and classes expire), at the first of these dates. */
    private static OffsetDateTime earliestAhead(OffsetDateTime earliest, OffsetDateTime candidate, OffsetDateTime at) {
        if (candidate == null || !candidate.isAfter(at)) {
            return earliest;
        }
        return earliest == null || candidate.isBefore(earliest) ? candidate : earliest;
    }

    @Override
    public List<NodeUser> all() {
        List<NodeUser> users = new ArrayList<>();
        Strings strings = new Strings();
        eachRow(dsl.select(COLUMNS).from(USERS).orderBy(USERS.ID), row -> users.add(toView(row, strings)));
        return users;
    }

    /**
     * The driver makes a new String of every value; the ciphers, protocols and obfuscations are
     * the same few for nearly every user, so each list keeps one copy of each.
     */
    private static final class Strings {
        private final Map<String, String> seen = new HashMap<>();

        String shared(String value) {
            return value == null ? null : seen.computeIfAbsent(value, v -> v);
        }
    }

    private static NodeUser toView(Record r, Strings strings) {
        return new NodeUser(r.get(USERS.ID), r.get(USERS.EMAIL), r.get(USERS.PASSWD), Ports.of(r.get(USERS.PORT)),
                strings.shared(r.get(USERS.METHOD)), strings.shared(r.get(USERS.PROTOCOL)),
                strings.shared(r.get(USERS.PROTOCOL_PARAM)), strings.shared(r.get(USERS.OBFS)),
                strings.shared(r.get(USERS.OBFS_PARAM)), r.get(USERS.UUID), r.get(USERS.T), r.get(USERS.U), r.get(USERS.D),
                r.get(USERS.TRANSFER_ENABLE), r.get(USERS.CLASS), r.get(USERS.NODE_GROUP), r.get(USERS.NODE_SPEEDLIMIT),
                r.get(USERS.NODE_IPLIMIT), r.get(USERS.ENABLE), r.get(USERS.SWITCH_ON), 0);
    }
}
