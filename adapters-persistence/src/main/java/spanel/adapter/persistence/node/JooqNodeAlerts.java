package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.NODE_ALERTS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.NodeAlert;
import spanel.application.node.port.out.NodeAlerts;
import spanel.domain.node.NodeId;

/** Alerts in {@code node_alerts}, one row per node, state and incident (its down_since). */
public final class JooqNodeAlerts implements NodeAlerts {

    private static final int REASON_LENGTH = 500;

    private final DSLContext dsl;

    public JooqNodeAlerts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void raise(NodeAlert alert) {
        // NOT EXISTS rather than ON CONFLICT, which H2 does not take; the unique key stays the last word.
        var incident = NODE_ALERTS.NODE_ID.eq(alert.node().value())
                .and(NODE_ALERTS.STATE.eq(alert.state().word()))
                .and(NODE_ALERTS.DOWN_SINCE.eq(Times.utc(alert.downSince())));
        dsl.insertInto(NODE_ALERTS, NODE_ALERTS.NODE_ID, NODE_ALERTS.STATE, NODE_ALERTS.DOWN_SINCE, NODE_ALERTS.SINCE,
                        NODE_ALERTS.DURATION_SECONDS)
                .select(DSL.select(DSL.val(alert.node().value()), DSL.val(alert.state().word()),
                                DSL.val(Times.utc(alert.downSince())), DSL.val(Times.utc(alert.since())),
                                DSL.val(alert.duration().toSeconds()))
                        .whereNotExists(DSL.selectOne().from(NODE_ALERTS).where(incident)))
                .execute();
    }

    @Override
    public List<Pending> undelivered(int limit) {
        return dsl.select(NODE_ALERTS.ID, NODES.NAME, NODE_ALERTS.NODE_ID, NODE_ALERTS.STATE, NODE_ALERTS.DOWN_SINCE,
                        NODE_ALERTS.SINCE, NODE_ALERTS.DURATION_SECONDS)
                .from(NODE_ALERTS).join(NODES).on(NODES.ID.eq(NODE_ALERTS.NODE_ID))
                .where(NODE_ALERTS.SENT_AT.isNull())
                .orderBy(NODE_ALERTS.ID)
                .limit(limit)
                .fetch(row -> new Pending(row.value1(), row.value2(), new NodeAlert(NodeId.of(row.value3()),
                        NodeAlert.State.valueOf(row.value4().toUpperCase(Locale.ROOT)), Times.instant(row.value5()),
                        Times.instant(row.value6()), Duration.ofSeconds(row.value7()))));
    }

    @Override
    public boolean claim(long alertId, Instant at) {
        return dsl.update(NODE_ALERTS)
                .set(NODE_ALERTS.SENT_AT, Times.utc(at))
                .where(NODE_ALERTS.ID.eq(alertId))
                .and(NODE_ALERTS.SENT_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void attemptFailed(long alertId, String reason) {
        String kept = reason == null ? "" : reason.substring(0, Math.min(reason.length(), REASON_LENGTH));
        dsl.update(NODE_ALERTS)
                .set(NODE_ALERTS.ATTEMPTS, NODE_ALERTS.ATTEMPTS.plus(1))
                .set(NODE_ALERTS.LAST_ERROR, kept)
                .where(NODE_ALERTS.ID.eq(alertId))
                .execute();
    }
}
