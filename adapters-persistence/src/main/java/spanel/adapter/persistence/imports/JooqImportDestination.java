package spanel.adapter.persistence.imports;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static spanel.adapter.persistence.generated.Tables.IMPORTED_ORDERS;
import static spanel.adapter.persistence.generated.Tables.IMPORTED_ROWS;
import static spanel.adapter.persistence.generated.Tables.LEGACY_NODE_IDS;
import static spanel.adapter.persistence.generated.Tables.LEGACY_SUB_TOKENS;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.TableField;
import spanel.adapter.persistence.support.Times;
import spanel.application.imports.port.out.ImportDestination;

/** Writes imported rows with their source ids; every write joins the caller's transaction. */
public final class JooqImportDestination implements ImportDestination {

    private final DSLContext dsl;

    public JooqImportDestination(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Occupied occupied() {
        Set<Long> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        Set<String> uuids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        dsl.select(USERS.ID, USERS.EMAIL, USERS.PORT, USERS.UUID, USERS.INVITE_CODE).from(USERS).fetch().forEach(row -> {
            ids.add(row.value1());
            emails.add(row.value2());
            if (row.value3() != null) {
                ports.add(row.value3());
            }
            uuids.add(row.value4());
            codes.add(row.value5());
        });
        Set<Long> nodes = new HashSet<>(dsl.select(NODES.ID).from(NODES).fetch(NODES.ID));
        return new Occupied(ids, emails, ports, uuids, codes, nodes);
    }

    @Override
    public Set<String> imported(String source, String kind) {
        return new HashSet<>(dsl.select(IMPORTED_ROWS.SOURCE_ID).from(IMPORTED_ROWS)
                .where(IMPORTED_ROWS.SOURCE.eq(source)).and(IMPORTED_ROWS.KIND.eq(kind))
                .fetch(IMPORTED_ROWS.SOURCE_ID));
    }

    @Override
    public void addUser(NewUser user) {
        dsl.insertInto(USERS)
                .set(USERS.ID, user.id())
                .set(USERS.EMAIL, user.email().value())
                .set(USERS.PASSWORD_HASH, user.passwordHash())
                .set(USERS.MONEY, user.moneyFen())
                .set(USERS.U, user.u())
                .set(USERS.D, user.d())
                .set(USERS.TRANSFER_ENABLE, user.transferEnable())
                .set(USERS.TRANSFER_TOTAL, user.transferTotal())
                .set(USERS.CLASS, user.userClass())
                .set(USERS.CLASS_EXPIRE, Times.utc(user.classExpire()))
                .set(USERS.EXPIRE_IN, Times.utc(user.expireIn()))
                .set(USERS.NODE_GROUP, user.nodeGroup())
                .set(USERS.NODE_SPEEDLIMIT, user.speedLimit())
                .set(USERS.NODE_IPLIMIT, user.ipLimit())
                .set(USERS.PASSWD, user.passwd())
                .set(USERS.PORT, user.port().orElse(null))
                .set(USERS.METHOD, user.method())
                .set(USERS.UUID, user.uuid())
                .set(USERS.INVITE_CODE, user.inviteCode())
                .set(USERS.IS_ADMIN, user.admin())
                .set(USERS.BANNED, user.banned())
                .set(USERS.CREATED_AT, Times.utc(user.createdAt()))
                .execute();
    }

    @Override
    public void keepSubscriptionToken(long userId, String tokenSha256, String source) {
        dsl.insertInto(LEGACY_SUB_TOKENS)
                .set(LEGACY_SUB_TOKENS.TOKEN_HASH, tokenSha256)
                .set(LEGACY_SUB_TOKENS.USER_ID, userId)
                .set(LEGACY_SUB_TOKENS.SOURCE, source)
                .execute();
    }

    @Override
    public boolean linkInviter(long userId, long inviterId) {
        return dsl.update(USERS).set(USERS.INVITER_ID, inviterId)
                .where(USERS.ID.eq(userId))
                .andExists(dsl.selectOne().from(USERS.as("inviter")).where(USERS.as("inviter").ID.eq(inviterId)))
                .execute() == 1;
    }

    @Override
    public void addNode(NewNode node) {
        dsl.insertInto(NODES)
                .set(NODES.ID, node.id())
                .set(NODES.NAME, node.name())
                .set(NODES.SERVER, node.server())
                .set(NODES.SORT, node.sort())
                .set(NODES.CUSTOM_CONFIG, node.customConfig())
                .set(NODES.METHOD, node.method())
                .set(NODES.SERVER_KEY, node.serverKey().orElse(null))
                .set(NODES.TRAFFIC_RATE, node.trafficRate())
                .set(NODES.NODE_CLASS, node.nodeClass())
                .set(NODES.NODE_GROUP, node.nodeGroup())
                .set(NODES.NODE_SPEEDLIMIT, node.speedLimit())
                .set(NODES.NODE_BANDWIDTH, node.bandwidth())
                .set(NODES.NODE_BANDWIDTH_LIMIT, node.bandwidthLimit())
                .set(NODES.ENABLED, node.enabled())
                .execute();
    }

    @Override
    public void keepNodeId(String nodeType, long legacyId, long nodeId) {
        dsl.insertInto(LEGACY_NODE_IDS)
                .set(LEGACY_NODE_IDS.NODE_TYPE, nodeType)
                .set(LEGACY_NODE_IDS.LEGACY_ID, legacyId)
                .set(LEGACY_NODE_IDS.NODE_ID, nodeId)
                .execute();
    }

    @Override
    public long addProduct(String name, long priceFen, String content, boolean enabled, Optional<Integer> stock) {
        return dsl.insertInto(PRODUCTS)
                .set(PRODUCTS.NAME, name)
                .set(PRODUCTS.PRICE, priceFen)
                .set(PRODUCTS.CONTENT, content)
                .set(PRODUCTS.ENABLED, enabled)
                .set(PRODUCTS.STOCK, stock.orElse(null))
                .returning(PRODUCTS.ID)
                .fetchOne(PRODUCTS.ID);
    }

    @Override
    public long keepPaidOrder(String source, NewPaidOrder order) {
        return dsl.insertInto(IMPORTED_ORDERS)
                .set(IMPORTED_ORDERS.SOURCE, source)
                .set(IMPORTED_ORDERS.SOURCE_ID, order.sourceId())
                .set(IMPORTED_ORDERS.USER_ID, order.userId())
                .set(IMPORTED_ORDERS.KIND, order.kind())
                .set(IMPORTED_ORDERS.AMOUNT, order.amountFen())
                .set(IMPORTED_ORDERS.GATEWAY, clip(order.gateway(), 64))
                .set(IMPORTED_ORDERS.TRADENO, clip(order.tradeNo(), 128))
                .set(IMPORTED_ORDERS.DESCRIPTION, clip(order.description(), 255))
                .set(IMPORTED_ORDERS.PAID_AT, Times.utc(order.paidAt()))
                .returning(IMPORTED_ORDERS.ID)
                .fetchOne(IMPORTED_ORDERS.ID);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public void markImported(String source, String kind, String sourceId, long targetId) {
        dsl.insertInto(IMPORTED_ROWS)
                .set(IMPORTED_ROWS.SOURCE, source)
                .set(IMPORTED_ROWS.KIND, kind)
                .set(IMPORTED_ROWS.SOURCE_ID, sourceId)
                .set(IMPORTED_ROWS.TARGET_ID, targetId)
                .execute();
    }

    @Override
    public void moveIdsPastMaximum() {
        restartPastMaximum(USERS, USERS.ID);
        restartPastMaximum(NODES, NODES.ID);
        restartPastMaximum(PRODUCTS, PRODUCTS.ID);
    }

    /** ALTER ... RESTART WITH, which PostgreSQL and H2 both accept for identity columns. */
    private void restartPastMaximum(Table<?> table, TableField<?, Long> id) {
        long next = Optional.ofNullable(dsl.select(max(id)).from(table).fetchOne(0, Long.class)).orElse(0L) + 1;
        // Names from the generated constants, the number computed: nothing from outside goes into the text.
        dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH " + next);
    }

    @Override
    public Totals totals(String source) {
        Record5<Integer, BigDecimal, BigDecimal, BigDecimal, BigDecimal> row = dsl
                .select(count(), coalesce(sum(USERS.MONEY), BigDecimal.ZERO), coalesce(sum(USERS.U), BigDecimal.ZERO),
                        coalesce(sum(USERS.D), BigDecimal.ZERO), coalesce(sum(USERS.TRANSFER_ENABLE), BigDecimal.ZERO))
                .from(USERS)
                .join(IMPORTED_ROWS).on(IMPORTED_ROWS.TARGET_ID.eq(USERS.ID))
                .where(IMPORTED_ROWS.SOURCE.eq(source)).and(IMPORTED_ROWS.KIND.eq("user"))
                .fetchSingle();
        return new Totals(row.value1(), row.value2().longValueExact(), row.value3().longValueExact(),
                row.value4().longValueExact(), row.value5().longValueExact());
    }
}
