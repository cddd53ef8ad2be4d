package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.ACCESS_TOKENS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.AccessTokens;
import spanel.domain.user.Caller;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/** Tokens are found by their hash, which is unique and indexed: the lookup never compares secrets. */
public final class JooqAccessTokens implements AccessTokens {

    private final DSLContext dsl;

    public JooqAccessTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void issue(TokenHash token, UserId holder, Instant expiresAt, Instant now) {
        dsl.deleteFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.USER_ID.eq(holder.value()))
                .and(ACCESS_TOKENS.EXPIRES_AT.le(Times.utc(now)))
                .execute();
        dsl.insertInto(ACCESS_TOKENS)
                .set(ACCESS_TOKENS.USER_ID, holder.value())
                .set(ACCESS_TOKENS.TOKEN_HASH, token.hex())
                .set(ACCESS_TOKENS.CREATED_AT, Times.utc(now))
                .set(ACCESS_TOKENS.EXPIRES_AT, Times.utc(expiresAt))
                .execute();
    }

    @Override
    public Optional<Caller> findLiveHolder(TokenHash token, Instant now) {
        return dsl.select(USERS.ID, USERS.IS_ADMIN)
                .from(ACCESS_TOKENS)
                .join(USERS).on(USERS.ID.eq(ACCESS_TOKENS.USER_ID))
                .where(ACCESS_TOKENS.TOKEN_HASH.eq(token.hex()))
                .and(ACCESS_TOKENS.EXPIRES_AT.gt(Times.utc(now)))
                .and(USERS.BANNED.isFalse())
                .fetchOptional(r -> new Caller(new UserId(r.value1()), r.value2()));
    }

    @Override
    public boolean revoke(TokenHash token) {
        return dsl.deleteFrom(ACCESS_TOKENS).where(ACCESS_TOKENS.TOKEN_HASH.eq(token.hex())).execute() > 0;
    }

    @Override
    public int revokeAllOf(UserId holder) {
        return dsl.deleteFrom(ACCESS_TOKENS).where(ACCESS_TOKENS.USER_ID.eq(holder.value())).execute();
    }

    @Override
    public int revokeAllOfExcept(UserId holder, TokenHash kept) {
        return dsl.deleteFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.USER_ID.eq(holder.value()))
                .and(ACCESS_TOKENS.TOKEN_HASH.ne(kept.hex()))
                .execute();
    }
}
