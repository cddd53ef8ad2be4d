package spanel.adapter.persistence.shop;

import static spanel.adapter.persistence.generated.Tables.USERS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.support.Times;
import spanel.application.shop.port.out.Buyers;
import spanel.domain.money.Money;
import spanel.domain.plan.ResetDay;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.Entitlement;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

public final class JooqBuyers implements Buyers {

    /** A purchase's debit and its grant: constant statements on PostgreSQL (see {@link HotPath}). */
    private static final String PG_DEBIT = "UPDATE users SET money = money - ? WHERE id = ? AND money - ? >= 0"
            + " RETURNING id, money, class, class_expire, expire_in, transfer_enable, node_speedlimit, node_iplimit, reset_day";
    private static final String PG_GRANT = "UPDATE users SET class = ?, class_expire = ?, expire_in = ?, transfer_enable = ?,"
            + " node_speedlimit = ?, node_iplimit = ? WHERE id = ?";
    private static final String PG_GRANT_AND_RESET = "UPDATE users SET class = ?, class_expire = ?, expire_in = ?,"
            + " transfer_enable = ?, node_speedlimit = ?, node_iplimit = ?, u = 0, d = 0 WHERE id = ?";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqBuyers(DSLContext dsl) {
        this.hotPath = new HotPath(dsl);
        this.dsl = dsl;
    }

    @Override
    public Optional<Buyer> lock(UserId user) {
        // FOR UPDATE on both databases.
        return dsl.select(USERS.ID, USERS.MONEY, USERS.CLASS, USERS.CLASS_EXPIRE, USERS.EXPIRE_IN, USERS.TRANSFER_ENABLE,
                        USERS.NODE_SPEEDLIMIT, USERS.NODE_IPLIMIT, USERS.RESET_DAY)
                .from(USERS).where(USERS.ID.eq(user.value()))
                .forUpdate()
                .fetchOptional(JooqBuyers::toBuyer);
    }

    @Override
    public Optional<Buyer> debit(UserId user, long fen) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return hotPath.query(PG_DEBIT, rows -> rows.next() ? Optional.of(toBuyer(rows)) : Optional.empty(),
                    fen, user.value(), fen);
        }
        // The update locks the row, and RETURNING reads it as the debit left it.
        return dsl.update(USERS)
                .set(USERS.MONEY, USERS.MONEY.minus(fen))
                .where(USERS.ID.eq(user.value()))
                .and(USERS.MONEY.minus(fen).ge(0L))
                .returning(USERS.ID, USERS.MONEY, USERS.CLASS, USERS.CLASS_EXPIRE, USERS.EXPIRE_IN, USERS.TRANSFER_ENABLE,
                        USERS.NODE_SPEEDLIMIT, USERS.NODE_IPLIMIT, USERS.RESET_DAY)
                .fetchOptional()
                .map(JooqBuyers::toBuyer);
    }

    @Override
    public void grant(UserId user, Entitlement after, boolean resetTraffic) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            int changed = hotPath.execute(resetTraffic ? PG_GRANT_AND_RESET : PG_GRANT, after.userClass(),
                    Times.utc(after.classExpire()), Times.utc(after.expireIn()), after.transferEnable().bytes(), after.speedLimit(),
                    after.ipLimit(), user.value());
            if (changed != 1) {
                throw new IllegalStateException("the buyer " + user + " locked in this transaction has no row");
            }
            return;
        }
        var update = dsl.update(USERS)
                .set(USERS.CLASS, after.userClass())
                .set(USERS.CLASS_EXPIRE, Times.utc(after.classExpire()))
                .set(USERS.EXPIRE_IN, Times.utc(after.expireIn()))
                .set(USERS.TRANSFER_ENABLE, after.transferEnable().bytes())
                .set(USERS.NODE_SPEEDLIMIT, after.speedLimit())
                .set(USERS.NODE_IPLIMIT, after.ipLimit());
        int changed = (resetTraffic ? update.set(USERS.U, 0L).set(USERS.D, 0L) : update)
                .where(USERS.ID.eq(user.value()))
                .execute();
        if (changed != 1) {
            throw new IllegalStateException("the buyer " + user + " locked in this transaction has no row");
        }
    }

    @Override
    public void moveToNodeGroup(UserId user, int nodeGroup) {
        dsl.update(USERS).set(USERS.NODE_GROUP, nodeGroup).where(USERS.ID.eq(user.value())).execute();
    }

    @Override
    public void scheduleResets(UserId user, ResetDay day, Instant since) {
        dsl.update(USERS)
                .set(USERS.RESET_DAY, day.day())
                .set(USERS.RESET_SINCE, Times.utc(since))
                .where(USERS.ID.eq(user.value()))
                .execute();
    }

    private static Buyer toBuyer(ResultSet row) throws SQLException {
        int resetDay = row.getInt(9);
        Optional<ResetDay> reset = row.wasNull() ? Optional.empty() : Optional.of(new ResetDay(resetDay));
        return new Buyer(new UserId(row.getLong(1)), Money.ofFen(row.getLong(2)), new Entitlement(row.getInt(3),
                row.getObject(4, OffsetDateTime.class).toInstant(), row.getObject(5, OffsetDateTime.class).toInstant(),
                Traffic.ofBytes(row.getLong(6)), row.getInt(7), row.getInt(8)), reset);
    }

    private static Buyer toBuyer(Record row) {
        return new Buyer(new UserId(row.get(USERS.ID)), Money.ofFen(row.get(USERS.MONEY)), new Entitlement(
                row.get(USERS.CLASS), Times.instant(row.get(USERS.CLASS_EXPIRE)), Times.instant(row.get(USERS.EXPIRE_IN)),
                Traffic.ofBytes(row.get(USERS.TRANSFER_ENABLE)), row.get(USERS.NODE_SPEEDLIMIT), row.get(USERS.NODE_IPLIMIT)),
                Optional.ofNullable(row.get(USERS.RESET_DAY)).map(ResetDay::new));
    }
}
