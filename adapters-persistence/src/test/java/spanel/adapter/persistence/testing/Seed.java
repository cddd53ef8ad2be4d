package spanel.adapter.persistence.testing;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;

/** Rows for tests, written straight with SQL: an active user or node unless the test changes it. */
public final class Seed {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final OffsetDateTime FAR_FUTURE = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private Seed() {
    }

    /** An active user with 100 GB of quota, class 1 until far in the future, group 0. */
    public static UsersRecord user(DSLContext dsl) {
        int n = SEQUENCE.incrementAndGet();
        UsersRecord user = dsl.newRecord(USERS);
        user.setEmail("user" + n + "-" + UUID.randomUUID() + "@example.com");
        user.setPasswordHash("x");
        user.setClass_(1);
        user.setClassExpire(FAR_FUTURE);
        user.setExpireIn(FAR_FUTURE);
        user.setTransferEnable(100L << 30);
        user.setPasswd("pw" + n);
        user.setPort(1 + n % 65_535);
        user.setUuid(UUID.randomUUID().toString());
        user.setInviteCode("inv" + UUID.randomUUID().toString().substring(0, 12));
        return user;
    }

    public static long insert(UsersRecord user) {
        user.store();
        return user.getId();
    }

    public static long activeUser(DSLContext dsl) {
        return insert(user(dsl));
    }

    public static NodesRecord node(DSLContext dsl, String rate) {
        NodesRecord node = dsl.newRecord(NODES);
        node.setName("node-" + SEQUENCE.incrementAndGet());
        node.setTrafficRate(new BigDecimal(rate));
        return node;
    }

    public static long insert(NodesRecord node) {
        node.store();
        return node.getId();
    }

    public static long node(DSLContext dsl, String rate, String keyHash) {
        NodesRecord node = node(dsl, rate);
        node.setNodeKeyHash(keyHash);
        return insert(node);
    }
}
