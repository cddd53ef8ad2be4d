package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.CHECKINS;

import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import spanel.adapter.persistence.support.Constraints;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.Checkins;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

/**
 * One row per user and day, unique: a concurrent second insert waits for the first and then
 * breaks the constraint. On PostgreSQL that failure spoils the transaction, so the caller must end
 * it (the check-in service throws at once).
 */
public final class JooqCheckins implements Checkins {

    private final DSLContext dsl;

    public JooqCheckins(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean record(UserId user, LocalDate day, Traffic bonus, Instant at) {
        try {
            dsl.insertInto(CHECKINS)
                    .set(CHECKINS.USER_ID, user.value())
                    .set(CHECKINS.CHECKIN_DAY, day)
                    .set(CHECKINS.BONUS, bonus.bytes())
                    .set(CHECKINS.CREATED_AT, Times.utc(at))
                    .execute();
            return true;
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e, "checkins_user_day_key")) {
                return false;
            }
            throw e;
        }
    }
}
