package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.PASSWORD_RESETS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.PasswordResets;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * A link is claimed by deleting its row: of two concurrent claims, the second waits for the first
 * and then deletes nothing, so a link works once.
 */
public final class JooqPasswordResets implements PasswordResets {

    private final DSLContext dsl;

    public JooqPasswordResets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(TokenHash token, UserId user, Instant expiresAt, Instant now) {
        dsl.deleteFrom(PASSWORD_RESETS).where(PASSWORD_RESETS.EXPIRES_AT.le(Times.utc(now))).execute();
        dsl.insertInto(PASSWORD_RESETS)
                .set(PASSWORD_RESETS.USER_ID, user.value())
                .set(PASSWORD_RESETS.TOKEN_HASH, token.hex())
                .set(PASSWORD_RESETS.CREATED_AT, Times.utc(now))
                .set(PASSWORD_RESETS.EXPIRES_AT, Times.utc(expiresAt))
                .execute();
    }

    @Override
    public Optional<UserId> claim(TokenHash token, Instant now) {
        Optional<Long> user = dsl.select(PASSWORD_RESETS.USER_ID)
                .from(PASSWORD_RESETS)
                .where(PASSWORD_RESETS.TOKEN_HASH.eq(token.hex()))
                .and(PASSWORD_RESETS.EXPIRES_AT.gt(Times.utc(now)))
                .fetchOptional(PASSWORD_RESETS.USER_ID);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        int deleted = dsl.deleteFrom(PASSWORD_RESETS)
                .where(PASSWORD_RESETS.TOKEN_HASH.eq(token.hex()))
                .and(PASSWORD_RESETS.EXPIRES_AT.gt(Times.utc(now)))
                .execute();
        return deleted == 1 ? user.map(UserId::new) : Optional.empty();
    }

    @Override
    public int dropAllOf(UserId user) {
        return dsl.deleteFrom(PASSWORD_RESETS).where(PASSWORD_RESETS.USER_ID.eq(user.value())).execute();
    }
}
