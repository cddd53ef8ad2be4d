package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.ADMIN_AUDIT;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.audit.JooqAuditTrail;
import spanel.adapter.persistence.common.JooqServerSecrets;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.user.ResetCredentialsService;
import spanel.application.user.ResetSubscriptionService;
import spanel.application.user.SubscriptionLinks;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.in.ResetSubscription;
import spanel.domain.user.SubscriptionToken;
import spanel.domain.user.UserId;

/** Rotations on the real databases: racing ones leave exactly one live token, settled in SQL. */
class ResetSubscriptionOnDatabaseTest extends PersistenceContractTest {

    private static final String PUBLIC_URL = "https://panel.example.com";

    private SubscriptionLinks links() {
        return new SubscriptionLinks(new JooqServerSecrets(dsl()), new JooqSubscriptionTokens(dsl()), PUBLIC_URL,
                new SecureRandom());
    }

    private ResetSubscriptionService resets() {
        return new ResetSubscriptionService(links(), new JooqAuditTrail(dsl()), transactions());
    }

    private static SubscriptionToken tokenIn(String url) {
        assertThat(url).startsWith(PUBLIC_URL + "/sub/");
        return new SubscriptionToken(url.substring((PUBLIC_URL + "/sub/").length()));
    }

    private boolean live(SubscriptionToken token) {
        return new JooqSubscriptionTokens(dsl()).holderOf(token.hash()).isPresent();
    }

    @Test
    void theUrlShownIsStableUntilARotationAndTheOldTokenIsDeadAtOnce() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        String shown = links().urlOf(user);

        assertThat(links().urlOf(user)).isEqualTo(shown);
        assertThat(live(tokenIn(shown))).isTrue();

        String rotated = resets().reset(new ResetSubscription.Command(user, Optional.empty())).subscriptionUrl();

        assertThat(rotated).isNotEqualTo(shown);
        assertThat(live(tokenIn(shown))).isFalse();
        assertThat(live(tokenIn(rotated))).isTrue();
        assertThat(links().urlOf(user)).isEqualTo(rotated);
    }

    @Test
    void racingRotationsLeaveExactlyOneLiveToken() throws Exception {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        links().urlOf(user);
        int n = 8;

        List<String> urls = race(n, () -> resets().reset(new ResetSubscription.Command(user, Optional.empty()))
                .subscriptionUrl());

        assertThat(urls).doesNotHaveDuplicates();
        assertThat(urls.stream().filter(url -> live(tokenIn(url)))).containsExactly(links().urlOf(user));
        assertThat(dsl().fetchValue(USERS.SUB_GENERATION, USERS.ID.eq(user.value()))).isEqualTo((long) n);
    }

    @Test
    void anAdminRotationIsAudited() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        UserId admin = UserId.of(Seed.activeUser(dsl()));

        resets().reset(new ResetSubscription.Command(user, Optional.of(admin)));

        assertThat(dsl().fetchCount(ADMIN_AUDIT, ADMIN_AUDIT.ADMIN_ID.eq(admin.value())
                .and(ADMIN_AUDIT.ACTION.eq("user.subscription.reset")).and(ADMIN_AUDIT.TARGET.eq("user:" + user))))
                .isEqualTo(1);
    }

    @Test
    void resettingCredentialsReplacesUuidAndPasswordAndRotatesTheToken() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        String before = links().urlOf(user);
        var row = dsl().selectFrom(USERS).where(USERS.ID.eq(user.value())).fetchSingle();

        var reset = new ResetCredentialsService(new JooqSubscriptionTokens(dsl()), links(), transactions(), new SecureRandom())
                .reset(new ResetCredentials.Command(user));

        var after = dsl().selectFrom(USERS).where(USERS.ID.eq(user.value())).fetchSingle();
        assertThat(after.getUuid()).isEqualTo(reset.uuid()).isNotEqualTo(row.getUuid());
        assertThat(after.getPasswd()).isEqualTo(reset.passwd()).isNotEqualTo(row.getPasswd());
        assertThat(after.getPort()).isEqualTo(row.getPort());
        assertThat(live(tokenIn(before))).isFalse();
        assertThat(live(tokenIn(reset.subscriptionUrl()))).isTrue();
    }

    private static List<String> race(int n, java.util.concurrent.Callable<String> attempt) throws Exception {
        return Race.of(Collections.nCopies(n, attempt));
    }
}
