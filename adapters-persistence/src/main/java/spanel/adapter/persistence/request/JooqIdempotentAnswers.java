package spanel.adapter.persistence.request;

import static spanel.adapter.persistence.generated.Tables.IDEMPOTENCY_KEYS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.request.port.out.IdempotentAnswers;
import spanel.domain.user.UserId;

/** The key's row is the claim: the primary key (user, key) lets one insert win, also across instances. */
public final class JooqIdempotentAnswers implements IdempotentAnswers {

    private final DSLContext dsl;

    public JooqIdempotentAnswers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(UserId user, String key, String fingerprint, Instant now, Instant expiredBefore,
            Instant abandonedBefore) {
        // An expired answer gives way first, so the key starts a new request rather than replaying
        // it; so does a claim left without an answer by a process that stopped mid-request.
        dsl.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.USER_ID.eq(user.value()), IDEMPOTENCY_KEYS.REQUEST_KEY.eq(key))
                .and(IDEMPOTENCY_KEYS.CREATED_AT.lt(Times.utc(expiredBefore))
                        .or(IDEMPOTENCY_KEYS.ANSWER.isNull().and(IDEMPOTENCY_KEYS.CREATED_AT.lt(Times.utc(abandonedBefore)))))
                .execute();
        return FirstInsert.wins(dsl, dsl.insertInto(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.USER_ID, user.value())
                .set(IDEMPOTENCY_KEYS.REQUEST_KEY, key)
                .set(IDEMPOTENCY_KEYS.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_KEYS.CREATED_AT, Times.utc(now)));
    }

    @Override
    public Optional<Stored> find(UserId user, String key) {
        return dsl.select(IDEMPOTENCY_KEYS.FINGERPRINT, IDEMPOTENCY_KEYS.ANSWER)
                .from(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.USER_ID.eq(user.value()), IDEMPOTENCY_KEYS.REQUEST_KEY.eq(key))
                .fetchOptional(row -> new Stored(row.value1(), Optional.ofNullable(row.value2())));
    }

    @Override
    public void release(UserId user, String key) {
        dsl.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.USER_ID.eq(user.value()), IDEMPOTENCY_KEYS.REQUEST_KEY.eq(key),
                        IDEMPOTENCY_KEYS.ANSWER.isNull())
                .execute();
    }

    @Override
    public void answer(UserId user, String key, String body) {
        dsl.update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.ANSWER, body)
                .where(IDEMPOTENCY_KEYS.USER_ID.eq(user.value()), IDEMPOTENCY_KEYS.REQUEST_KEY.eq(key))
                .execute();
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return dsl.deleteFrom(IDEMPOTENCY_KEYS).where(IDEMPOTENCY_KEYS.CREATED_AT.lt(Times.utc(cutoff))).execute();
    }
}
