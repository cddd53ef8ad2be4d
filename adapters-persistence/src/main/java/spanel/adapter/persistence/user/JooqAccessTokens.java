package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.ACCESS_TOKENS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.AccessTokens;
import spanel.domain.user.Caller;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/** Tokens are found by their hash, which is unique and indexed: the lookup never compares secrets. */
public final class JooqAccessTokens implements AccessTokens {

    /** Every signed-in request's read: a constant statement (see {@link HotPath}). */
    private static final String LIVE_HOLDER = "SELECT users.id, users.is_admin FROM access_tokens"
            + " JOIN users ON users.id = access_tokens.user_id"
            + " WHERE access_tokens.token_hash = ? AND access_tokens.expires_at > ? AND users.banned = false";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqAccessTokens(DSLContext dsl) {
        this.hotPath = new HotPath(dsl);
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
        // A read, so the same constant statement serves both databases.
        return hotPath.query(LIVE_HOLDER, rows -> rows.next()
                ? Optional.of(new Caller(new UserId(rows.getLong(1)), rows.getBoolean(2))) : Optional.empty(),
                token.hex(), Times.utc(now));
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
