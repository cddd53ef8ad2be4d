package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.user.port.out.SubscriptionTokens.Holder;
import spanel.application.user.port.out.SubscriptionTokens.Standing;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

class JooqSubscriptionTokensTest extends PersistenceContractTest {

    private static final UserId NOBODY = UserId.of(Long.MAX_VALUE);

    private JooqSubscriptionTokens tokens() {
        return new JooqSubscriptionTokens(dsl());
    }

    @Test
    void aNewAccountStandsAtGenerationZeroWithNoHash() {
        UserId user = UserId.of(Seed.activeUser(dsl()));

        assertThat(tokens().standing(user)).contains(new Standing(0, false));
        assertThat(tokens().standing(NOBODY)).isEmpty();
    }

    @Test
    void aStoredHashFindsItsHolderAtItsGeneration() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        TokenHash hash = TokenHash.of("token of generation zero " + user);

        tokens().storeHash(user, 0, hash);

        assertThat(tokens().standing(user)).contains(new Standing(0, true));
        assertThat(tokens().holderOf(hash)).contains(new Holder(user, 0));
        assertThat(tokens().holderOf(TokenHash.of("some other token"))).isEmpty();
    }

    @Test
    void advancingForgetsTheOldHashAtOnceAndAHashForAnOldGenerationIsNotStored() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        TokenHash old = TokenHash.of("old " + user);
        tokens().storeHash(user, 0, old);

        assertThat(tokens().advance(user)).isEqualTo(OptionalLong.of(1));

        assertThat(tokens().holderOf(old)).isEmpty();
        assertThat(tokens().standing(user)).contains(new Standing(1, false));
        tokens().storeHash(user, 0, TokenHash.of("late " + user));
        assertThat(tokens().holderOf(TokenHash.of("late " + user))).isEmpty();
        assertThat(tokens().advance(NOBODY)).isEmpty();
    }

    @Test
    void aStoredHashIsNotOverwrittenForTheSameGeneration() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        tokens().storeHash(user, 0, TokenHash.of("first " + user));

        tokens().storeHash(user, 0, TokenHash.of("second " + user));

        assertThat(tokens().holderOf(TokenHash.of("first " + user))).isPresent();
        assertThat(tokens().holderOf(TokenHash.of("second " + user))).isEmpty();
    }

    @Test
    void replacingProxySecretsChangesPasswordAndUuidOnly() {
        long id = Seed.activeUser(dsl());
        var before = dsl().selectFrom(USERS).where(USERS.ID.eq(id)).fetchSingle();

        assertThat(tokens().replaceProxySecrets(UserId.of(id), "new-passwd", "00000000-0000-4000-8000-00000000abcd")).isTrue();

        var after = dsl().selectFrom(USERS).where(USERS.ID.eq(id)).fetchSingle();
        assertThat(after.getPasswd()).isEqualTo("new-passwd");
        assertThat(after.getUuid()).isEqualTo("00000000-0000-4000-8000-00000000abcd");
        assertThat(after.getPort()).isEqualTo(before.getPort());
        assertThat(after.getMethod()).isEqualTo(before.getMethod());
        assertThat(tokens().replaceProxySecrets(NOBODY, "x", "00000000-0000-4000-8000-00000000abce")).isFalse();
        assertThat(Optional.ofNullable(after.getSubTokenHash())).isEmpty();
    }
}
