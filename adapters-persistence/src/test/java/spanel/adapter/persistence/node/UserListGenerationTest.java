package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport.UserTraffic;
import spanel.domain.user.UserId;

/**
 * The user list generation (read as a node calls in) moves with every committed change a node's
 * list could show, and with nothing else; reading it reads no user.
 */
class UserListGenerationTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final OffsetDateTime SOON = NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC);

    private NodeUserQuery lists() {
        return new JooqNodeUserQuery(dsl());
    }

    private long generation() {
        return callIn(dsl());
    }

    /** The generation as a node calling in reads it. */
    private long callIn(DSLContext dsl) {
        NodeId node = NodeId.of(Seed.insert(Seed.node(dsl(), "1")));
        return new JooqNodeRegistry(dsl).callIn(node, Optional.empty(), NOW).orElseThrow().listGeneration();
    }

    private long user(Consumer<UsersRecord> change) {
        UsersRecord user = Seed.user(dsl());
        user.setClass_(0);
        user.setTransferEnable(1000L);
        user.setU(100L);
        user.setD(100L);
        change.accept(user);
        return Seed.insert(user);
    }

    private <T> void set(long user, Field<T> field, T value) {
        dsl().update(USERS).set(field, value).where(USERS.ID.eq(user)).execute();
    }

    /** Every column a list serves or is chosen by, each with a value that differs from the seed's. */
    static Stream<Map.Entry<Field<?>, Object>> listedColumns() {
        return Stream.of(
                Map.entry(USERS.PASSWD, "new-password"),
                Map.entry(USERS.UUID, UUID.randomUUID().toString()),
                Map.entry(USERS.PORT, 65_000),
                Map.entry(USERS.METHOD, "chacha20-ietf-poly1305"),
                Map.entry(USERS.PROTOCOL, "auth_aes128_md5"),
                Map.entry(USERS.PROTOCOL_PARAM, "32"),
                Map.entry(USERS.OBFS, "http_simple"),
                Map.entry(USERS.OBFS_PARAM, "example.com"),
                Map.entry(USERS.NODE_SPEEDLIMIT, 50),
                Map.entry(USERS.NODE_IPLIMIT, 3),
                Map.entry(USERS.ENABLE, false),
                Map.entry(USERS.SWITCH_ON, false),
                Map.entry(USERS.BANNED, true),
                Map.entry(USERS.EXPIRE_IN, SOON),
                Map.entry(USERS.CLASS, 4),
                Map.entry(USERS.CLASS_EXPIRE, SOON),
                Map.entry(USERS.NODE_GROUP, 2));
    }

    @ParameterizedTest
    @MethodSource("listedColumns")
    @SuppressWarnings("unchecked")
    void changingAColumnAListShowsOrIsChosenByMovesTheGeneration(Map.Entry<Field<?>, Object> column) {
        long user = user(u -> { });
        long before = generation();

        set(user, (Field<Object>) column.getKey(), column.getValue());

        assertThat(generation()).isGreaterThan(before);
    }

    @Test
    void aUserAddedOrRemovedMovesTheGeneration() {
        long before = generation();
        long user = user(u -> { });
        long added = generation();

        dsl().deleteFrom(USERS).where(USERS.ID.eq(user)).execute();

        assertThat(added).isGreaterThan(before);
        assertThat(generation()).isGreaterThan(added);
    }

    @Test
    void trafficWithinTheQuotaLastSeenMoneyAndEmailLeaveItAlone() {
        long user = user(u -> { });
        long before = generation();

        set(user, USERS.U, 400L);
        set(user, USERS.D, 599L);
        set(user, USERS.T, 123_456L);
        set(user, USERS.MONEY, 5_00L);
        set(user, USERS.EMAIL, "renamed-" + UUID.randomUUID() + "@example.com");
        set(user, USERS.TRANSFER_ENABLE, 2000L);

        assertThat(generation()).isEqualTo(before);
    }

    @Test
    void crossingTheQuotaEitherWayMovesItOnce() {
        long user = user(u -> { });
        long before = generation();

        set(user, USERS.D, 900L);
        long usedUp = generation();
        set(user, USERS.D, 950L);
        long stillUsedUp = generation();
        set(user, USERS.TRANSFER_ENABLE, 5000L);

        assertThat(usedUp).isGreaterThan(before);
        assertThat(stillUsedUp).isEqualTo(usedUp);
        assertThat(generation()).isGreaterThan(stillUsedUp);
    }

    @Test
    void aTrafficReportThatUsesUpAQuotaMovesItAndOneThatDoesNotLeavesItAlone() {
        long within = user(u -> { });
        long crossing = user(u -> { });
        NodeId node = NodeId.of(Seed.insert(Seed.node(dsl(), "1")));
        var ledger = new JooqTrafficLedger(dsl());
        long before = generation();

        transactions().inTransaction(() -> ledger.add(node, List.of(new UserTraffic(UserId.of(within), 1, 1, 1, 1)), NOW));
        long afterSmall = generation();
        transactions().inTransaction(() -> ledger.add(node, List.of(new UserTraffic(UserId.of(within), 1, 1, 1, 1),
                new UserTraffic(UserId.of(crossing), 500, 500, 500, 500)), NOW));

        assertThat(afterSmall).isEqualTo(before);
        assertThat(generation()).isGreaterThan(afterSmall);
    }

    @Test
    void aChangeRolledBackLeavesItAlone() {
        long user = user(u -> { });
        long before = generation();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            set(user, USERS.BANNED, true);
            throw new IllegalStateException("after the write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(generation()).isEqualTo(before);
    }

    @Test
    void callingInReadsTheGenerationAndNoUser() {
        List<String> statements = new ArrayList<>();
        DSLContext counting = dsl().configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.sql());
            }
        }).dsl();

        callIn(counting);

        assertThat(statements).hasSize(1);
        assertThat(statements.getFirst()).contains("user_list_generations").doesNotContainPattern("(?i)\\busers\\b");
    }

    @Test
    void aListingSaysWhenTimeAloneWouldFirstChangeIt() {
        dsl().deleteFrom(USERS).execute();
        OffsetDateTime classEnds = NOW.plusSeconds(600).atOffset(ZoneOffset.UTC);
        OffsetDateTime accountEnds = NOW.plusSeconds(900).atOffset(ZoneOffset.UTC);
        user(u -> u.setClassExpire(classEnds));
        user(u -> u.setExpireIn(accountEnds));
        user(u -> u.setExpireIn(NOW.minusSeconds(1).atOffset(ZoneOffset.UTC)));
        var node = new JooqNodeRegistry(dsl()).find(NodeId.of(Seed.insert(Seed.node(dsl(), "1")))).orElseThrow();

        NodeUserQuery.Listing listing = lists().allowedOn(node, NOW);

        assertThat(listing.users()).hasSize(2);
        assertThat(listing.changesAt()).contains(classEnds.toInstant());
    }
}
