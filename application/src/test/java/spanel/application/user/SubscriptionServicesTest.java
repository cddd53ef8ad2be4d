package spanel.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.in.ResetSubscription;
import spanel.application.user.port.in.ShowUserInfo;
import spanel.application.user.port.out.SubscriptionTokens;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.Forbidden;
import spanel.domain.error.NotFound;
import spanel.domain.error.RateLimited;
import spanel.domain.money.Money;
import spanel.domain.plan.ResetDay;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Email;
import spanel.domain.user.ProxyCredentials;
import spanel.domain.user.RateLimit;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class SubscriptionServicesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String PUBLIC_URL = "https://panel.example.com/";

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final Tokens tokens = new Tokens();
    private final AccountFakes.Secrets secrets = new AccountFakes.Secrets();
    private final AccountFakes.Limiter limiter = new AccountFakes.Limiter();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final SubscriptionLinks links = new SubscriptionLinks(secrets, tokens, PUBLIC_URL, new SecureRandom());
    private final FetchSubscriptionService fetch = new FetchSubscriptionService(links, accounts, (user, now) -> List.of(),
            new AttemptGuard(limiter, RateLimit.perMinute(5)), new AttemptGuard(limiter, RateLimit.perMinute(3)),
            new DeviceServicesTest.Devices(), new DirectTransactionRunner(), user -> Optional.empty(), ZoneOffset.UTC,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ResetSubscriptionService reset = new ResetSubscriptionService(links, audit::add, new DirectTransactionRunner());

    private UserId account(boolean banned) {
        UserId id = new UserId(accounts.stored.size() + 1L);
        accounts.stored.add(new UserAccount(id, Email.of("u" + id + "@example.com"), Money.ZERO, 0, NOW, NOW.plusSeconds(86_400),
                Traffic.ofGigabytes(1), Traffic.ZERO, Traffic.ZERO, 0,
                new ProxyCredentials("passwd-" + id, 10_000 + (int) id.value(), "uuid-" + id, "aes-128-gcm"),
                "invite" + id, Optional.empty(), false, banned, NOW, 0, 0));
        tokens.generations.put(id, 0L);
        return id;
    }

    private static String tokenIn(String url) {
        assertThat(url).startsWith("https://panel.example.com/sub/");
        return url.substring("https://panel.example.com/sub/".length());
    }

    private FetchSubscription.Subscription fetch(String token, String address) {
        return fetch.fetch(new FetchSubscription.Command(token, address));
    }

    @Test
    void theUrlShownWithTheAccountFetchesTheAccountUntilItIsRotated() {
        UserId user = account(false);
        String url = showUserInfo(u -> Optional.empty()).show(new ShowUserInfo.Query(user)).subscriptionUrl();

        assertThat(fetch(tokenIn(url), "10.0.0.1").account().id()).isEqualTo(user);
        assertThat(showUserInfo(u -> Optional.empty()).show(new ShowUserInfo.Query(user)).subscriptionUrl()).isEqualTo(url);

        String rotated = reset.reset(new ResetSubscription.Command(user, Optional.empty())).subscriptionUrl();

        assertThatThrownBy(() -> fetch(tokenIn(url), "10.0.0.2")).isInstanceOf(NotFound.class);
        assertThat(fetch(tokenIn(rotated), "10.0.0.3").account().id()).isEqualTo(user);
        assertThat(audit).isEmpty();
        assertThat(secrets.created).isEqualTo(1);
    }

    @Test
    void anImportedUsersOldTokenFetchesTheAccountUntilTheUserRotates() {
        UserId user = account(false);
        tokens.legacy.put(TokenHash.of("3f2a9c1b7d4e6f80").hex(), user);

        assertThat(fetch("3f2a9c1b7d4e6f80", "10.0.9.1").account().id()).isEqualTo(user);
        assertThatThrownBy(() -> fetch("3f2a9c1b7d4e6f81", "10.0.9.2")).isInstanceOf(NotFound.class);

        reset.reset(new ResetSubscription.Command(user, Optional.empty()));

        assertThatThrownBy(() -> fetch("3f2a9c1b7d4e6f80", "10.0.9.3")).isInstanceOf(NotFound.class);
    }

    @Test
    void aTokenFoundByItsHashButNotDerivedForTheStoredGenerationIsAMiss() {
        UserId user = account(false);
        String planted = "P".repeat(43);
        tokens.storeHash(user, 0, TokenHash.of(planted));

        assertThatThrownBy(() -> fetch(planted, "10.0.1.1")).isInstanceOf(NotFound.class);
    }

    @Test
    void missesAndMalformedTokensAreCountedPerAddressAndPerTokenHashNeverTheToken() {
        for (int i = 0; i < 5; i++) {
            String token = i % 2 == 0 ? "no-such-token-" + "x".repeat(20) + i : "bad/" + i;
            assertThatThrownBy(() -> fetch(token, "10.0.2.1")).isInstanceOf(NotFound.class);
        }

        assertThatThrownBy(() -> fetch("another-unknown-token-xxxxxxxx", "10.0.2.1")).isInstanceOf(RateLimited.class);
        assertThat(limiter.counts.keySet()).allSatisfy(key -> assertThat(key).doesNotContain("token-x").doesNotContain("bad/"));
        assertThat(limiter.counts).containsEntry("sub-ip:10.0.2.1", 6L);
    }

    @Test
    void oneTokenIsLimitedWhateverAddressesItComesFrom() {
        UserId user = account(false);
        String token = tokenIn(links.urlOf(user));
        for (int i = 0; i < 3; i++) {
            fetch(token, "10.0.3." + i);
        }

        assertThatThrownBy(() -> fetch(token, "10.0.3.9")).isInstanceOf(RateLimited.class);
    }

    @Test
    void aBannedHolderIsRefused() {
        UserId user = account(true);

        assertThatThrownBy(() -> fetch(tokenIn(links.urlOf(user)), "10.0.4.1")).isInstanceOf(Forbidden.class);
    }

    @Test
    void anAdminRotationIsAuditedAndAnUnknownUserIsNotFound() {
        UserId user = account(false);
        UserId admin = account(false);

        reset.reset(new ResetSubscription.Command(user, Optional.of(admin)));

        assertThat(audit).containsExactly(new AuditEntry(admin, "user.subscription.reset", "user:" + user, ""));
        assertThatThrownBy(() -> reset.reset(new ResetSubscription.Command(new UserId(999), Optional.of(admin))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void resettingCredentialsDrawsANewUuidAndPasswordAndRotatesTheToken() {
        UserId user = account(false);
        String before = links.urlOf(user);

        var done = new ResetCredentialsService(tokens, links, new DirectTransactionRunner(), new SecureRandom())
                .reset(new ResetCredentials.Command(user));

        assertThat(tokens.secrets.get(user)).containsExactly(done.passwd(), done.uuid());
        assertThat(done.uuid()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(done.passwd()).hasSize(32);
        assertThat(done.subscriptionUrl()).isNotEqualTo(before);
        assertThatThrownBy(() -> fetch(tokenIn(before), "10.0.5.1")).isInstanceOf(NotFound.class);
    }

    /** Generations and hashes per user, as the users table keeps them. */
    static final class Tokens implements SubscriptionTokens {

        final Map<UserId, Long> generations = new HashMap<>();
        final Map<UserId, String> hashes = new HashMap<>();
        final Map<UserId, List<String>> secrets = new HashMap<>();
        /** Tokens imported from another panel, by hash, as legacy_sub_tokens keeps them. */
        final Map<String, UserId> legacy = new HashMap<>();

        @Override
        public Optional<Standing> standing(UserId user) {
            return Optional.ofNullable(generations.get(user)).map(g -> new Standing(g, hashes.containsKey(user)));
        }

        @Override
        public OptionalLong advance(UserId user) {
            if (!generations.containsKey(user)) {
                return OptionalLong.empty();
            }
            hashes.remove(user);
            legacy.values().removeIf(user::equals);
            return OptionalLong.of(generations.merge(user, 1L, Long::sum));
        }

        @Override
        public void storeHash(UserId user, long generation, TokenHash hash) {
            if (generations.get(user) == generation) {
                hashes.putIfAbsent(user, hash.hex());
            }
        }

        @Override
        public Optional<Holder> holderOf(TokenHash hash) {
            return hashes.entrySet().stream().filter(e -> e.getValue().equals(hash.hex()))
                    .map(e -> new Holder(e.getKey(), generations.get(e.getKey()))).findFirst();
        }

        @Override
        public Optional<UserId> legacyHolderOf(TokenHash hash) {
            return Optional.ofNullable(legacy.get(hash.hex()));
        }

        @Override
        public boolean replaceProxySecrets(UserId user, String passwd, String uuid) {
            if (!generations.containsKey(user)) {
                return false;
            }
            secrets.put(user, List.of(passwd, uuid));
            return true;
        }
    }

    private ShowUserInfoService showUserInfo(spanel.application.user.port.out.TrafficResetDays resetDays) {
        return new ShowUserInfoService(accounts, links, resetDays, ZoneId.of("Asia/Shanghai"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theAccountShowsItsNextTrafficResetOnlyWhileTheClassRunsPastIt() {
        UserId user = account(false);
        UserAccount stored = accounts.stored.getLast();
        ResetDay fifteenth = new ResetDay(15);

        assertThat(showUserInfo(u -> Optional.empty()).show(new ShowUserInfo.Query(user)).nextTrafficReset()).isEmpty();
        // The class ends a day after NOW, before June 15: no reset will happen.
        assertThat(showUserInfo(u -> Optional.of(fifteenth)).show(new ShowUserInfo.Query(user)).nextTrafficReset()).isEmpty();

        accounts.stored.set(accounts.stored.size() - 1, new UserAccount(user, stored.email(), stored.money(), 1,
                NOW.plusSeconds(30L * 86_400), stored.expireIn(), stored.transferEnable(), stored.upload(), stored.download(), 0,
                stored.credentials(), stored.inviteCode(), Optional.empty(), false, false, NOW, 0, 0));
        assertThat(showUserInfo(u -> Optional.of(fifteenth)).show(new ShowUserInfo.Query(user)).nextTrafficReset())
                .contains(Instant.parse("2026-06-14T16:00:00Z"));
    }
}
