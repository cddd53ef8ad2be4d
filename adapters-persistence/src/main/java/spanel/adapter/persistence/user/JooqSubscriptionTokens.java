package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.LEGACY_SUB_TOKENS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import spanel.application.user.port.out.SubscriptionTokens;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * The subscription token columns of the users table. A rotation is an increment in SQL, which
 * locks the user's row until the caller's transaction ends; the hash is written only for the
 * generation it was derived from.
 */
public final class JooqSubscriptionTokens implements SubscriptionTokens {

    private final DSLContext dsl;

    public JooqSubscriptionTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Standing> standing(UserId user) {
        return dsl.select(USERS.SUB_GENERATION, USERS.SUB_TOKEN_HASH)
                .from(USERS)
                .where(USERS.ID.eq(user.value()))
                .fetchOptional(r -> new Standing(r.value1(), r.value2() != null));
    }

    @Override
    public OptionalLong advance(UserId user) {
        int changed = dsl.update(USERS)
                .set(USERS.SUB_GENERATION, USERS.SUB_GENERATION.plus(1L))
                .setNull(USERS.SUB_TOKEN_HASH)
                .where(USERS.ID.eq(user.value()))
                .execute();
        if (changed == 0) {
            return OptionalLong.empty();
        }
        // The token the user's old panel gave stops working with the rotation, as the previous own one does.
        dsl.deleteFrom(LEGACY_SUB_TOKENS).where(LEGACY_SUB_TOKENS.USER_ID.eq(user.value())).execute();
        return OptionalLong.of(dsl.select(USERS.SUB_GENERATION).from(USERS).where(USERS.ID.eq(user.value()))
                .fetchSingle(USERS.SUB_GENERATION));
    }

    @Override
    public Optional<UserId> legacyHolderOf(TokenHash hash) {
        return dsl.select(LEGACY_SUB_TOKENS.USER_ID).from(LEGACY_SUB_TOKENS)
                .where(LEGACY_SUB_TOKENS.TOKEN_HASH.eq(hash.hex()))
                .fetchOptional(LEGACY_SUB_TOKENS.USER_ID).map(UserId::new);
    }

    @Override
    public void storeHash(UserId user, long generation, TokenHash hash) {
        dsl.update(USERS)
                .set(USERS.SUB_TOKEN_HASH, hash.hex())
                .where(USERS.ID.eq(user.value()))
                .and(USERS.SUB_GENERATION.eq(generation))
                .and(USERS.SUB_TOKEN_HASH.isNull())
                .execute();
    }

    @Override
    public Optional<Holder> holderOf(TokenHash hash) {
        return dsl.select(USERS.ID, USERS.SUB_GENERATION)
                .from(USERS)
                .where(USERS.SUB_TOKEN_HASH.eq(hash.hex()))
                .fetchOptional(r -> new Holder(new UserId(r.value1()), r.value2()));
    }

    @Override
    public boolean replaceProxySecrets(UserId user, String passwd, String uuid) {
        return dsl.update(USERS)
                .set(USERS.PASSWD, passwd)
                .set(USERS.UUID, uuid)
                .where(USERS.ID.eq(user.value()))
                .execute() == 1;
    }
}
