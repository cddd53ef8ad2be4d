package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_REPORTS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport.UserTraffic;
import spanel.domain.user.UserId;

/**
 * Counts reported traffic. Every step is an atomic increment, never read-then-write. The users of
 * a batch are locked first, in id order, and (when there are several) its nodes last, in id order,
 * so concurrent batches wait for each other instead of deadlocking. On PostgreSQL the users and the
 * hourly log are one statement for the whole batch and the node counters another (bound arrays
 * through unnest), run as constants on the JDBC connection ({@link HotPath}); on H2 batches of
 * single-row statements do the same. A counter stops at the largest bigint rather than fail the
 * batch: {@code LEAST(c, MAX - x) + x} adds without ever computing a sum past it.
 */
public final class JooqTrafficLedger implements TrafficLedger {

    private static final String PG_LOCK_USERS = "SELECT id FROM users WHERE id = ANY(?::bigint[]) ORDER BY id FOR UPDATE";

    /**
     * The lock an UPDATE of the counter takes anyway. Not FOR UPDATE: the batch's hourly rows
     * already hold a key-share lock on their nodes (the foreign key), which FOR UPDATE would wait
     * for in another batch that waits for this one.
     */
    private static final String PG_LOCK_NODES = "SELECT id FROM nodes WHERE id = ANY(?::bigint[]) ORDER BY id FOR NO KEY UPDATE";

    /** The batch, summed per user and per user and node, after the users are locked. */
    private static final String PG_ADD_USERS = """
            WITH added AS (
                UPDATE users SET u = LEAST(users.u, 9223372036854775807 - v.bu) + v.bu,
                       d = LEAST(users.d, 9223372036854775807 - v.bd) + v.bd,
                       transfer_total = LEAST(users.transfer_total, 9223372036854775807 - v.raw) + v.raw, t = ?
                FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) AS v(id, bu, bd, raw)
                WHERE users.id = v.id)
            INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
            SELECT user_id, node_id, ?::timestamp with time zone, u, d, billed
            FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                AS h(user_id, node_id, u, d, billed)
            ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
                u = LEAST(traffic_hourly.u, 9223372036854775807 - excluded.u) + excluded.u,
                d = LEAST(traffic_hourly.d, 9223372036854775807 - excluded.d) + excluded.d,
                billed = LEAST(traffic_hourly.billed, 9223372036854775807 - excluded.billed) + excluded.billed""";

    /** The batch per node, last: a node's row is held from here to the commit, not for the whole batch. */
    private static final String PG_ADD_NODES = """
            UPDATE nodes SET node_bandwidth = LEAST(nodes.node_bandwidth, 9223372036854775807 - n.raw) + n.raw
            FROM unnest(?::bigint[], ?::bigint[]) AS n(id, raw)
            WHERE nodes.id = n.id""";

    /** A report id's claim: the first insert makes the row, a later one waits for it and inserts nothing. */
    private static final String PG_CLAIM = """
            INSERT INTO traffic_reports (node_id, report_id, updated_count, total_traffic, applied_at)
            VALUES (?, ?, 0, 0, ?) ON CONFLICT DO NOTHING""";

    private static final String PG_ANSWER =
            "UPDATE traffic_reports SET updated_count = ?, total_traffic = ? WHERE node_id = ? AND report_id = ?";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqTrafficLedger(DSLContext dsl) {
        this.dsl = dsl;
        this.hotPath = new HotPath(dsl);
    }

    @Override
    public List<Added> addAll(List<Share> shares, Instant at) {
        long[] reported = distinctUsers(shares);
        Set<Long> existing = reported.length == 0 ? Set.of() : lockUsers(reported);
        List<Added> answers = new ArrayList<>(shares.size());
        BatchSums sums = new BatchSums();
        for (Share share : shares) {
            int count = 0;
            long raw = 0;
            long billed = 0;
            for (UserTraffic t : share.perUser()) {
                if (existing.contains(t.user().value())) {
                    count++;
                    raw = saturated(raw, t.raw());
                    billed = saturated(billed, saturated(t.billedU(), t.billedD()));
                    sums.add(share.node().value(), t);
                }
            }
            answers.add(new Added(count, raw, billed));
        }
        if (sums.byNode.isEmpty()) {
            return answers;
        }
        OffsetDateTime hour = Times.utc(at.truncatedTo(ChronoUnit.HOURS));
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            addOnPostgres(sums, at.getEpochSecond(), hour);
        } else {
            addRowByRow(sums, at.getEpochSecond(), hour);
        }
        return answers;
    }

    /** The users of a batch, each once, in id order. */
    private static long[] distinctUsers(List<Share> shares) {
        long[] ids = shares.stream().flatMap(share -> share.perUser().stream()).mapToLong(t -> t.user().value()).toArray();
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /** Locks the rows of the users that exist, in id order; returns their ids. */
    private Set<Long> lockUsers(long[] ids) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return hotPath.query(PG_LOCK_USERS, rows -> {
                Set<Long> locked = new HashSet<>();
                while (rows.next()) {
                    locked.add(rows.getLong(1));
                }
                return locked;
            }, ids);
        }
        return new HashSet<>(dsl.select(USERS.ID).from(USERS)
                .where(USERS.ID.in(Arrays.stream(ids).boxed().toList()))
                .orderBy(USERS.ID)
                .forUpdate()
                .fetch(USERS.ID));
    }

    private void lockNodes(Set<Long> ids) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            hotPath.query(PG_LOCK_NODES, rows -> null, longs(ids));
        } else {
            dsl.select(NODES.ID).from(NODES).where(NODES.ID.in(ids)).orderBy(NODES.ID).forUpdate().fetch();
        }
    }

    /**
     * The users and the hourly log in one statement, then the nodes (locked first, in id order,
     * when there are several) in another: every batch locks users before nodes, each in id order,
     * so two batches wait for each other instead of deadlocking, and a node's row (which its
     * heartbeat also updates) is held only for the end of the batch.
     */
    private void addOnPostgres(BatchSums sums, long unixSeconds, OffsetDateTime hour) {
        Columns users = new Columns(4, sums.byUser.size());
        sums.byUser.forEach((user, s) -> users.add(user, s[2], s[3], saturated(s[0], s[1])));
        int hourlyRows = sums.byNode.values().stream().mapToInt(Map::size).sum();
        Columns hourly = new Columns(5, hourlyRows);
        Columns nodes = new Columns(2, sums.byNode.size());
        sums.byNode.forEach((node, perUser) -> {
            long raw = 0;
            for (var entry : perUser.entrySet()) {
                long[] s = entry.getValue();
                hourly.add(entry.getKey(), node, s[0], s[1], saturated(s[2], s[3]));
                raw = saturated(raw, saturated(s[0], s[1]));
            }
            nodes.add(node, raw);
        });
        List<Object> binds = new ArrayList<>();
        binds.add(unixSeconds);
        binds.addAll(users.arrays());
        binds.add(hour);
        binds.addAll(hourly.arrays());
        hotPath.execute(PG_ADD_USERS, binds.toArray());
        if (sums.byNode.size() > 1) {
            lockNodes(sums.byNode.keySet());
        }
        hotPath.execute(PG_ADD_NODES, nodes.arrays().toArray());
    }

    private static long[] longs(Set<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private void addRowByRow(BatchSums sums, long unixSeconds, OffsetDateTime hour) {
        List<UserTraffic> perUser = new ArrayList<>();
        sums.byUser.forEach((user, s) -> perUser.add(traffic(user, s)));
        addToUsersRowByRow(perUser, unixSeconds);
        Map<Long, Long> rawByNode = new TreeMap<>();
        sums.byNode.forEach((node, users) -> {
            List<UserTraffic> known = new ArrayList<>();
            users.forEach((user, s) -> known.add(traffic(user, s)));
            addToHourlyLogRowByRow(NodeId.of(node), known, hour);
            rawByNode.put(node, known.stream().mapToLong(UserTraffic::raw).reduce(0, JooqTrafficLedger::saturated));
        });
        if (rawByNode.size() > 1) {
            lockNodes(rawByNode.keySet());
        }
        rawByNode.forEach((node, raw) -> dsl.update(NODES)
                .set(NODES.NODE_BANDWIDTH, plusUpToMax(NODES.NODE_BANDWIDTH, DSL.val(raw)))
                .where(NODES.ID.eq(node))
                .execute());
    }

    private static UserTraffic traffic(long user, long[] s) {
        return new UserTraffic(UserId.of(user), s[0], s[1], s[2], s[3]);
    }

    /** The sum of two counts that are not negative, or the largest long when it would pass it. */
    static long saturated(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** {@code LEAST(counter, MAX - added) + added}: the counter plus the amount, stopping at the largest bigint. */
    private static Field<Long> plusUpToMax(Field<Long> counter, Field<Long> added) {
        return DSL.least(counter, DSL.inline(Long.MAX_VALUE).minus(added)).plus(added);
    }

    /** A statement's bind placeholder for a long, to bind per row in a batch. */
    private static Field<Long> bound() {
        return DSL.val((Long) null, Long.class);
    }

    private void addToUsersRowByRow(List<UserTraffic> batch, long unixSeconds) {
        var users = dsl.batch(dsl.update(USERS)
                .set(USERS.U, plusUpToMax(USERS.U, bound()))
                .set(USERS.D, plusUpToMax(USERS.D, bound()))
                .set(USERS.TRANSFER_TOTAL, plusUpToMax(USERS.TRANSFER_TOTAL, bound()))
                .set(USERS.T, (Long) null)
                .where(USERS.ID.eq((Long) null)));
        for (UserTraffic t : batch) {
            users.bind(t.billedU(), t.billedU(), t.billedD(), t.billedD(), t.raw(), t.raw(), unixSeconds, t.user().value());
        }
        users.execute();
    }

    /** The user rows are locked by this transaction, so no other report can race for these log rows. */
    private void addToHourlyLogRowByRow(NodeId node, List<UserTraffic> known, OffsetDateTime hour) {
        List<UserTraffic> missing = new ArrayList<>();
        for (UserTraffic t : known) {
            long billed = saturated(t.billedU(), t.billedD());
            int updated = dsl.update(TRAFFIC_HOURLY)
                    .set(TRAFFIC_HOURLY.U, plusUpToMax(TRAFFIC_HOURLY.U, DSL.val(t.u())))
                    .set(TRAFFIC_HOURLY.D, plusUpToMax(TRAFFIC_HOURLY.D, DSL.val(t.d())))
                    .set(TRAFFIC_HOURLY.BILLED, plusUpToMax(TRAFFIC_HOURLY.BILLED, DSL.val(billed)))
                    .where(TRAFFIC_HOURLY.USER_ID.eq(t.user().value()))
                    .and(TRAFFIC_HOURLY.NODE_ID.eq(node.value()))
                    .and(TRAFFIC_HOURLY.HOUR_START.eq(hour))
                    .execute();
            if (updated == 0) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            var insert = dsl.insertInto(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID, TRAFFIC_HOURLY.NODE_ID,
                    TRAFFIC_HOURLY.HOUR_START, TRAFFIC_HOURLY.U, TRAFFIC_HOURLY.D, TRAFFIC_HOURLY.BILLED);
            for (UserTraffic t : missing) {
                insert = insert.values(t.user().value(), node.value(), hour, t.u(), t.d(), saturated(t.billedU(), t.billedD()));
            }
            insert.execute();
        }
    }

    /** Of two claims of one report id, the first insert wins; the other waits for it and gets false. */
    @Override
    public boolean claim(NodeId node, String reportId, Instant at) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return hotPath.execute(PG_CLAIM, node.value(), reportId, Times.utc(at)) == 1;
        }
        return FirstInsert.wins(dsl, dsl.insertInto(TRAFFIC_REPORTS)
                .set(TRAFFIC_REPORTS.NODE_ID, node.value())
                .set(TRAFFIC_REPORTS.REPORT_ID, reportId)
                .set(TRAFFIC_REPORTS.UPDATED_COUNT, 0)
                .set(TRAFFIC_REPORTS.TOTAL_TRAFFIC, 0L)
                .set(TRAFFIC_REPORTS.APPLIED_AT, Times.utc(at)));
    }

    @Override
    public void answer(NodeId node, String reportId, AppliedReport answer) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            hotPath.execute(PG_ANSWER, answer.updatedCount(), answer.totalTraffic(), node.value(), reportId);
            return;
        }
        dsl.update(TRAFFIC_REPORTS)
                .set(TRAFFIC_REPORTS.UPDATED_COUNT, answer.updatedCount())
                .set(TRAFFIC_REPORTS.TOTAL_TRAFFIC, answer.totalTraffic())
                .where(TRAFFIC_REPORTS.NODE_ID.eq(node.value()))
                .and(TRAFFIC_REPORTS.REPORT_ID.eq(reportId))
                .execute();
    }

    @Override
    public Optional<AppliedReport> answerOf(NodeId node, String reportId) {
        return dsl.select(TRAFFIC_REPORTS.UPDATED_COUNT, TRAFFIC_REPORTS.TOTAL_TRAFFIC)
                .from(TRAFFIC_REPORTS)
                .where(TRAFFIC_REPORTS.NODE_ID.eq(node.value()))
                .and(TRAFFIC_REPORTS.REPORT_ID.eq(reportId))
                .fetchOptional(r -> new AppliedReport(node, r.value1(), r.value2()));
    }

    /**
     * The users' traffic of a batch summed per user (the users' counters) and per node and user
     * (the hourly log and the node counters): raw up, raw down, billed up, billed down. Rows are
     * kept in the order the shares list them (each share in user-id order): the users are locked
     * already, so the order of the rows no longer matters for deadlocks.
     */
    private static final class BatchSums {
        final Map<Long, long[]> byUser = new LinkedHashMap<>();
        final Map<Long, Map<Long, long[]>> byNode = new TreeMap<>();

        void add(long node, UserTraffic t) {
            addTo(byUser.computeIfAbsent(t.user().value(), k -> new long[4]), t);
            addTo(byNode.computeIfAbsent(node, k -> new LinkedHashMap<>()).computeIfAbsent(t.user().value(), k -> new long[4]), t);
        }

        private static void addTo(long[] sum, UserTraffic t) {
            sum[0] = saturated(sum[0], t.u());
            sum[1] = saturated(sum[1], t.d());
            sum[2] = saturated(sum[2], t.billedU());
            sum[3] = saturated(sum[3], t.billedD());
        }
    }

    /** Parallel columns of bigint values, bound as one array each. */
    private static final class Columns {
        private final long[][] columns;
        private int row;

        Columns(int width, int rows) {
            columns = new long[width][rows];
        }

        void add(long... values) {
            for (int c = 0; c < values.length; c++) {
                columns[c][row] = values[c];
            }
            row++;
        }

        List<long[]> arrays() {
            return List.of(columns);
        }
    }
}
