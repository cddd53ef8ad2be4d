package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.ACCESS_TOKENS;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.application.user.port.out.AccessTokens;
import spanel.domain.user.AccessToken;
import spanel.domain.user.Caller;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

class JooqAccessTokensTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(7));
    private final SplittableRandom random = new SplittableRandom();

    private AccessTokens tokens() {
        return new JooqAccessTokens(dsl());
    }

    private UserId aUser() {
        return new JooqUserAccounts(dsl()).add(named(uniqueEmail("holder")));
    }

    private TokenHash aToken() {
        return AccessToken.random(random).hash();
    }

    @Test
    void aLiveTokenNamesItsHolder() {
        UserId holder = aUser();
        TokenHash token = aToken();
        tokens().issue(token, holder, LATER, NOW);

        assertThat(tokens().findLiveHolder(token, NOW)).contains(new Caller(holder, false));
        assertThat(dsl().fetchValue(ACCESS_TOKENS.TOKEN_HASH, ACCESS_TOKENS.USER_ID.eq(holder.value())))
                .isEqualTo(token.hex());
    }

    @Test
    void aTokenStopsWorkingAtItsExpiry() {
        UserId holder = aUser();
        TokenHash token = aToken();
        tokens().issue(token, holder, LATER, NOW);

        assertThat(tokens().findLiveHolder(token, LATER.minusSeconds(1))).isPresent();
        assertThat(tokens().findLiveHolder(token, LATER)).isEmpty();
    }

    @Test
    void aRevokedTokenAndAnUnknownOneFindNobody() {
        UserId holder = aUser();
        TokenHash token = aToken();
        tokens().issue(token, holder, LATER, NOW);

        assertThat(tokens().revoke(token)).isTrue();
        assertThat(tokens().findLiveHolder(token, NOW)).isEmpty();
        assertThat(tokens().revoke(token)).isFalse();
        assertThat(tokens().findLiveHolder(aToken(), NOW)).isEmpty();
    }

    @Test
    void revokingAllOfAUsersTokensLeavesOthersAlone() {
        UserId holder = aUser();
        UserId other = aUser();
        TokenHash first = aToken();
        TokenHash second = aToken();
        TokenHash others = aToken();
        tokens().issue(first, holder, LATER, NOW);
        tokens().issue(second, holder, LATER, NOW);
        tokens().issue(others, other, LATER, NOW);

        assertThat(tokens().revokeAllOf(holder)).isEqualTo(2);
        assertThat(tokens().findLiveHolder(first, NOW)).isEmpty();
        assertThat(tokens().findLiveHolder(second, NOW)).isEmpty();
        assertThat(tokens().findLiveHolder(others, NOW)).isPresent();
    }

    @Test
    void theHoldersBanAndAdminRightsAreReadAtEveryLookup() {
        UserId holder = aUser();
        TokenHash token = aToken();
        tokens().issue(token, holder, LATER, NOW);

        dsl().update(USERS).set(USERS.IS_ADMIN, true).where(USERS.ID.eq(holder.value())).execute();
        assertThat(tokens().findLiveHolder(token, NOW)).contains(new Caller(holder, true));
        dsl().update(USERS).set(USERS.IS_ADMIN, false).where(USERS.ID.eq(holder.value())).execute();
        assertThat(tokens().findLiveHolder(token, NOW)).contains(new Caller(holder, false));
        dsl().update(USERS).set(USERS.BANNED, true).where(USERS.ID.eq(holder.value())).execute();
        assertThat(tokens().findLiveHolder(token, NOW)).isEmpty();
    }

    @Test
    void issuingDropsTheHoldersExpiredTokens() {
        UserId holder = aUser();
        TokenHash old = aToken();
        tokens().issue(old, holder, NOW.minusSeconds(60), NOW.minus(Duration.ofDays(8)));

        tokens().issue(aToken(), holder, LATER, NOW);

        assertThat(dsl().fetchCount(ACCESS_TOKENS, ACCESS_TOKENS.TOKEN_HASH.eq(old.hex()))).isZero();
        assertThat(dsl().fetchCount(ACCESS_TOKENS, ACCESS_TOKENS.USER_ID.eq(holder.value()))).isEqualTo(1);
    }
}
