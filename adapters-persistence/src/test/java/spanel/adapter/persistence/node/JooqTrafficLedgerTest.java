package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport.UserTraffic;
import spanel.domain.user.UserId;

class JooqTrafficLedgerTest extends PersistenceContractTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

    private TrafficLedger ledger() {
        return new JooqTrafficLedger(dsl());
    }

    private static UserTraffic traffic(long user, long u, long d, long billedU, long billedD) {
        return new UserTraffic(UserId.of(user), u, d, billedU, billedD);
    }

    @Test
    void billedBytesGoToTheUserRawBytesToTheNodeAndTheHourlyLog() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1.5"));

        TrafficLedger.Added added = transactions().inTransaction(
                () -> ledger().add(NodeId.of(node), List.of(traffic(user, 1000, 2000, 1500, 3000)), AT));

        assertThat(added).isEqualTo(new TrafficLedger.Added(1, 3000, 4500));
        UsersRecord row = dsl().fetchOne(USERS, USERS.ID.eq(user));
        assertThat(row.getU()).isEqualTo(1500);
        assertThat(row.getD()).isEqualTo(3000);
        assertThat(row.getTransferTotal()).isEqualTo(3000);
        assertThat(row.getT()).isEqualTo(AT.getEpochSecond());
        assertThat(dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node))).isEqualTo(3000);
        var hourly = dsl().fetchOne(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID.eq(user));
        assertThat(hourly.getHourStart().toInstant()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(List.of(hourly.getU(), hourly.getD(), hourly.getBilled())).containsExactly(1000L, 2000L, 4500L);
    }

    @Test
    void reportsInTheSameHourAccumulateInOneLogRowAndANewHourStartsAnother() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        NodeId nodeId = NodeId.of(node);

        transactions().inTransaction(() -> ledger().add(nodeId, List.of(traffic(user, 10, 20, 10, 20)), AT));
        transactions().inTransaction(() -> ledger().add(nodeId, List.of(traffic(user, 1, 2, 1, 2)), AT.plusSeconds(60)));
        transactions().inTransaction(() -> ledger().add(nodeId, List.of(traffic(user, 5, 5, 5, 5)), AT.plusSeconds(3600)));

        var rows = dsl().selectFrom(TRAFFIC_HOURLY).where(TRAFFIC_HOURLY.USER_ID.eq(user))
                .orderBy(TRAFFIC_HOURLY.HOUR_START).fetch();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getU()).isEqualTo(11);
        assertThat(rows.get(0).getD()).isEqualTo(22);
        assertThat(rows.get(1).getU()).isEqualTo(5);
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user))).isEqualTo(16);
    }

    @Test
    void unknownUsersAreSkippedAndLeftOutOfTheTotals() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        long unknown = user + 1_000_000;

        TrafficLedger.Added added = transactions().inTransaction(() -> ledger().add(NodeId.of(node),
                List.of(traffic(user, 1, 1, 1, 1), traffic(unknown, 500, 500, 500, 500)), AT));

        assertThat(added).isEqualTo(new TrafficLedger.Added(1, 2, 2));
        assertThat(dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node))).isEqualTo(2);
    }

    @Test
    void aReportIdIsClaimedOnceAndItsAnswerKept() {
        long node = Seed.insert(Seed.node(dsl(), "1"));
        NodeId nodeId = NodeId.of(node);

        assertThat(transactions().inTransaction(() -> ledger().claim(nodeId, "r-1", AT))).isTrue();
        transactions().inTransaction(() -> ledger().answer(nodeId, "r-1", new AppliedReport(nodeId, 3, 999)));

        assertThat(transactions().inTransaction(() -> ledger().claim(nodeId, "r-1", AT))).isFalse();
        assertThat(ledger().answerOf(nodeId, "r-1")).contains(new AppliedReport(nodeId, 3, 999));
        assertThat(ledger().answerOf(nodeId, "r-2")).isEmpty();
    }

    @Test
    void theSameReportIdOnAnotherNodeIsAnotherReport() {
        NodeId a = NodeId.of(Seed.insert(Seed.node(dsl(), "1")));
        NodeId b = NodeId.of(Seed.insert(Seed.node(dsl(), "1")));

        assertThat(transactions().inTransaction(() -> ledger().claim(a, "same", AT))).isTrue();
        assertThat(transactions().inTransaction(() -> ledger().claim(b, "same", AT))).isTrue();
    }
}
