package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_REPORTS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport.UserTraffic;

/**
 * Counts reported traffic. Every step is an atomic increment, never read-then-write. The users of
 * a report are first locked in id order (a single user needs no ordering), so concurrent reports
 * wait for each other instead of deadlocking; the node's counter comes last. On PostgreSQL the
 * users, the hourly log and the node counter are one statement for the whole batch (bound arrays
 * through unnest); on H2 a batch of single-row statements does the same.
 */
public final class JooqTrafficLedger implements TrafficLedger {

    /**
     * The whole report in one statement: the users' increments, then (reading them) the node's raw
     * counter; the hourly log is written from the same rows after the main update. The node row is
     * only touched once the users' increments are computed, so its lock always comes after the
     * users' locks, the same order as every other report.
     */
    private static final String PG_ADD = """
            WITH v AS (
                SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                    AS v(id, u, d, bu, bd)),
            added AS (
                UPDATE users SET u = users.u + v.bu, d = users.d + v.bd,
                       transfer_total = users.transfer_total + v.u + v.d, t = ?
                FROM v WHERE users.id = v.id
                RETURNING users.id, v.u, v.d, v.bu + v.bd AS billed),
            logged AS (
                INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
                SELECT id, ?, ?::timestamp with time zone, u, d, billed FROM added
                ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
                    u = traffic_hourly.u + excluded.u,
                    d = traffic_hourly.d + excluded.d,
                    billed = traffic_hourly.billed + excluded.billed)
            UPDATE nodes SET node_bandwidth = nodes.node_bandwidth
                    + (SELECT coalesce(sum(u + d), 0) FROM added)
            WHERE nodes.id = ?
            RETURNING (SELECT count(*) FROM added), (SELECT coalesce(sum(u + d), 0) FROM added),
                (SELECT coalesce(sum(billed), 0) FROM added)""";

    private final DSLContext dsl;

    public JooqTrafficLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Added add(NodeId node, List<UserTraffic> perUser, Instant at) {
        // One row cannot deadlock; several are locked in id order first.
        List<UserTraffic> candidates = perUser.size() > 1 ? lockExisting(perUser) : perUser;
        if (candidates.isEmpty()) {
            return new Added(0, 0, 0);
        }
        OffsetDateTime hour = JooqNodeRegistry.utc(at.truncatedTo(ChronoUnit.HOURS));
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return addOnPostgres(node, candidates, at.getEpochSecond(), hour);
        }
        Set<Long> updated = addToUsersRowByRow(candidates, at.getEpochSecond());
        List<UserTraffic> known = candidates.stream().filter(t -> updated.contains(t.user().value())).toList();
        if (known.isEmpty()) {
            return new Added(0, 0, 0);
        }
        addToHourlyLogRowByRow(node, known, hour);
        long rawTotal = known.stream().mapToLong(UserTraffic::raw).sum();
        dsl.update(NODES)
                .set(NODES.NODE_BANDWIDTH, NODES.NODE_BANDWIDTH.plus(rawTotal))
                .where(NODES.ID.eq(node.value()))
                .execute();
        long billedTotal = known.stream().mapToLong(t -> t.billedU() + t.billedD()).sum();
        return new Added(known.size(), rawTotal, billedTotal);
    }

    /** Locks the rows of the users that exist, in id order; the rest of the report is skipped. */
    private List<UserTraffic> lockExisting(List<UserTraffic> perUser) {
        List<Long> ids = perUser.stream().map(t -> t.user().value()).toList();
        Set<Long> existing = new HashSet<>(dsl.select(USERS.ID).from(USERS)
                .where(USERS.ID.in(ids))
                .orderBy(USERS.ID)
                .forUpdate()
                .fetch(USERS.ID));
        return perUser.stream().filter(t -> existing.contains(t.user().value())).toList();
    }

    private Added addOnPostgres(NodeId node, List<UserTraffic> batch, long unixSeconds, OffsetDateTime hour) {
        int n = batch.size();
        Long[] ids = new Long[n];
        Long[] rawU = new Long[n];
        Long[] rawD = new Long[n];
        Long[] billedU = new Long[n];
        Long[] billedD = new Long[n];
        for (int i = 0; i < n; i++) {
            UserTraffic t = batch.get(i);
            ids[i] = t.user().value();
            rawU[i] = t.u();
            rawD[i] = t.d();
            billedU[i] = t.billedU();
            billedD[i] = t.billedD();
        }
        Record3<Long, BigDecimal, BigDecimal> added = dsl.resultQuery(PG_ADD, ids, rawU, rawD, billedU, billedD,
                        unixSeconds, node.value(), hour, node.value())
                .coerce(DSL.field("count", Long.class), DSL.field("total", BigDecimal.class),
                        DSL.field("billed", BigDecimal.class))
                .fetchOne();
        return added == null ? new Added(0, 0, 0)
                : new Added(added.value1().intValue(), added.value2().longValueExact(), added.value3().longValueExact());
    }

    /** A batch of single-row increments; returns the ids of the users that exist. */
    private Set<Long> addToUsersRowByRow(List<UserTraffic> batch, long unixSeconds) {
        var users = dsl.batch(dsl.update(USERS)
                .set(USERS.U, USERS.U.plus((Long) null))
                .set(USERS.D, USERS.D.plus((Long) null))
                .set(USERS.TRANSFER_TOTAL, USERS.TRANSFER_TOTAL.plus((Long) null))
                .set(USERS.T, (Long) null)
                .where(USERS.ID.eq((Long) null)));
        for (UserTraffic t : batch) {
            users.bind(t.billedU(), t.billedD(), t.raw(), unixSeconds, t.user().value());
        }
        int[] counts = users.execute();
        Set<Long> updated = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                updated.add(batch.get(i).user().value());
            }
        }
        return updated;
    }

    /** The user rows are locked by this transaction, so no other report can race for these log rows. */
    private void addToHourlyLogRowByRow(NodeId node, List<UserTraffic> known, OffsetDateTime hour) {
        List<UserTraffic> missing = new ArrayList<>();
        for (UserTraffic t : known) {
            int updated = dsl.update(TRAFFIC_HOURLY)
                    .set(TRAFFIC_HOURLY.U, TRAFFIC_HOURLY.U.plus(t.u()))
                    .set(TRAFFIC_HOURLY.D, TRAFFIC_HOURLY.D.plus(t.d()))
                    .set(TRAFFIC_HOURLY.BILLED, TRAFFIC_HOURLY.BILLED.plus(t.billedU() + t.billedD()))
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
                insert = insert.values(t.user().value(), node.value(), hour, t.u(), t.d(), t.billedU() + t.billedD());
            }
            insert.execute();
        }
    }

    /**
     * PostgreSQL's ON CONFLICT DO NOTHING waits for a concurrent claim of the same id and then
     * inserts nothing. H2 emulates it with MERGE, which instead raises the unique violation once the
     * other claim commits; H2 rolls back only that statement, so the violation means "claimed".
     */
    @Override
    public boolean claim(NodeId node, String reportId, Instant at) {
        try {
            return dsl.insertInto(TRAFFIC_REPORTS)
                    .set(TRAFFIC_REPORTS.NODE_ID, node.value())
                    .set(TRAFFIC_REPORTS.REPORT_ID, reportId)
                    .set(TRAFFIC_REPORTS.UPDATED_COUNT, 0)
                    .set(TRAFFIC_REPORTS.TOTAL_TRAFFIC, 0L)
                    .set(TRAFFIC_REPORTS.APPLIED_AT, JooqNodeRegistry.utc(at))
                    .onConflictDoNothing()
                    .execute() == 1;
        } catch (IntegrityConstraintViolationException alreadyClaimed) {
            if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                throw alreadyClaimed;
            }
            return false;
        }
    }

    @Override
    public void answer(NodeId node, String reportId, AppliedReport answer) {
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
}
