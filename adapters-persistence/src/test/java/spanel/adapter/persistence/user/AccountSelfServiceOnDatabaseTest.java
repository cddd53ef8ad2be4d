package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.ACCESS_TOKENS;
import static spanel.adapter.persistence.generated.Tables.ADMIN_AUDIT;
import static spanel.adapter.persistence.generated.Tables.CHECKINS;
import static spanel.adapter.persistence.generated.Tables.PASSWORD_RESETS;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.audit.JooqAuditTrail;
import spanel.adapter.persistence.common.JooqServerSecrets;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.application.admin.SetUserBanService;
import spanel.application.admin.UpdateUserService;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.in.UpdateUser;
import spanel.application.user.CheckInService;
import spanel.application.user.DeviceCookies;
import spanel.application.user.Passwords;
import spanel.application.user.ResetPasswordService;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.in.ResetPassword;
import spanel.application.user.port.out.AccessTokens;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.Refusal;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccessToken;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.CheckinBonus;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.Password;
import spanel.domain.user.ResetToken;
import spanel.domain.user.UserId;

/**
 * Password changes, reset links, check-ins and admin edits on the real databases: the guarded
 * writes and unique rows hold when requests race.
 */
class AccountSelfServiceOnDatabaseTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private UserId aUser() {
        return new JooqUserAccounts(dsl()).add(named(uniqueEmail("self")));
    }

    private AccessToken issue(UserId user, int n) {
        AccessToken token = new AccessToken("token-" + user + "-" + n + "-" + System.nanoTime());
        new JooqAccessTokens(dsl()).issue(token.hash(), user, NOW.plus(Duration.ofDays(7)), NOW);
        return token;
    }

    private Passwords passwords() {
        return new Passwords(new JooqUserAccounts(dsl()), new JooqAccessTokens(dsl()), new JooqPasswordResets(dsl()),
                new BcryptPasswordHasher(4), transactions());
    }

    private DeviceCookies devices() {
        return new DeviceCookies(new JooqServerSecrets(dsl()), new SplittableRandom(9));
    }

    private int tokensOf(UserId user) {
        return dsl().fetchCount(ACCESS_TOKENS, ACCESS_TOKENS.USER_ID.eq(user.value()));
    }

    private long quota(UserId user) {
        return dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user.value()));
    }

    @Test
    void revokingAllButOneTokenKeepsThatOneAndOtherUsersTokens() {
        UserId user = aUser();
        UserId other = aUser();
        AccessToken kept = issue(user, 1);
        issue(user, 2);
        issue(user, 3);
        issue(other, 1);

        int revoked = new JooqAccessTokens(dsl()).revokeAllOfExcept(user, kept.hash());

        assertThat(revoked).isEqualTo(2);
        assertThat(new JooqAccessTokens(dsl()).findLiveHolder(kept.hash(), NOW)).isPresent();
        assertThat(tokensOf(user)).isEqualTo(1);
        assertThat(tokensOf(other)).isEqualTo(1);
    }

    @Test
    void aPasswordReplacementStoresTheHashRevokesTokensAndDropsResetLinks() {
        UserId user = aUser();
        issue(user, 1);
        new JooqPasswordResets(dsl()).add(ResetToken.random(new SplittableRandom(1)).hash(), user, NOW.plusSeconds(60), NOW);
        Passwords passwords = passwords();

        int signedOut = passwords.replace(user, passwords.hash(new Password("a new password")), Optional.empty());

        assertThat(signedOut).isEqualTo(1);
        String stored = new JooqUserAccounts(dsl()).passwordHashOf(user).orElseThrow();
        assertThat(new BcryptPasswordHasher(4).verify("a new password", Optional.of(stored))).isTrue();
        assertThat(dsl().fetchCount(PASSWORD_RESETS, PASSWORD_RESETS.USER_ID.eq(user.value()))).isZero();
        assertThat(new JooqUserAccounts(dsl()).replacePasswordHash(new UserId(Long.MAX_VALUE), "x")).isFalse();
    }

    @Test
    void aResetLinkIsStoredHashedWorksBeforeItsExpiryAndOnlyOnce() {
        UserId user = aUser();
        ResetToken token = ResetToken.random(new SplittableRandom(2));
        ResetToken late = ResetToken.random(new SplittableRandom(3));
        JooqPasswordResets resets = new JooqPasswordResets(dsl());
        resets.add(token.hash(), user, NOW.plus(Duration.ofMinutes(30)), NOW);
        resets.add(late.hash(), user, NOW.plus(Duration.ofMinutes(30)), NOW);

        assertThat(dsl().fetchCount(PASSWORD_RESETS, PASSWORD_RESETS.TOKEN_HASH.eq(token.value()))).isZero();
        assertThat(resets.claim(late.hash(), NOW.plus(Duration.ofMinutes(30)))).as("expired").isEmpty();
        assertThat(resets.claim(token.hash(), NOW.plus(Duration.ofMinutes(29)))).contains(user);
        assertThat(resets.claim(token.hash(), NOW.plus(Duration.ofMinutes(29)))).as("used").isEmpty();
    }

    @Test
    void tenConcurrentResetsWithOneLinkSetThePasswordOnce() throws Exception {
        UserId user = aUser();
        ResetToken token = ResetToken.random(new SplittableRandom(4));
        new JooqPasswordResets(dsl()).add(token.hash(), user, NOW.plus(Duration.ofMinutes(30)), NOW);
        ResetPasswordService reset = new ResetPasswordService(new JooqPasswordResets(dsl()), passwords(), devices(), transactions(),
                Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

        List<Object> outcomes = Races.race(10, i -> () -> reset.reset(
                new ResetPassword.Command(token, new Password("new password " + i))));

        assertThat(outcomes).filteredOn(ResetPassword.Done.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Refusal r && r.getMessage().startsWith("token:")).hasSize(9);
        int winner = outcomes.indexOf(outcomes.stream().filter(ResetPassword.Done.class::isInstance).findFirst().orElseThrow());
        String stored = new JooqUserAccounts(dsl()).passwordHashOf(user).orElseThrow();
        assertThat(new BcryptPasswordHasher(4).verify("new password " + winner, Optional.of(stored))).isTrue();
    }

    /** A live link for {@code user}, and the reset that would use it a minute later. */
    private ResetToken linkFor(UserId user, int seed) {
        ResetToken token = ResetToken.random(new SplittableRandom(seed));
        new JooqPasswordResets(dsl()).add(token.hash(), user, NOW.plus(Duration.ofMinutes(30)), NOW);
        return token;
    }

    private void resetWith(ResetToken token) {
        new ResetPasswordService(new JooqPasswordResets(dsl()), passwords(), devices(), transactions(),
                Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC)).reset(new ResetPassword.Command(token, new Password("taken over")));
    }

    @Test
    void aResetLinkStopsWorkingWhenAnAdminChangesTheEmail() {
        UserId admin = aUser();
        UserId user = aUser();
        ResetToken link = linkFor(user, 5);
        ResetToken untouched = linkFor(admin, 6);
        UpdateUserService service = new UpdateUserService(new JooqUserDirectory(dsl()), new JooqUserAccounts(dsl()),
                new JooqPasswordResets(dsl()), new JooqAuditTrail(dsl()), transactions());

        service.update(new UpdateUser.Command(admin, user, changes(Optional.empty(), false,
                Optional.of(Email.of(uniqueEmail("moved"))))));

        assertThatThrownBy(() -> resetWith(link)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("token:");
        assertThat(new JooqPasswordResets(dsl()).claim(untouched.hash(), NOW)).as("another account's link").contains(admin);
    }

    @Test
    void aResetLinkStopsWorkingWhenTheAccountIsBanned() {
        UserId admin = aUser();
        UserId user = aUser();
        ResetToken link = linkFor(user, 7);
        SetUserBanService service = new SetUserBanService(new JooqUserDirectory(dsl()), new JooqAccessTokens(dsl()),
                new JooqPasswordResets(dsl()), new JooqAuditTrail(dsl()), transactions());

        service.set(new SetUserBan.Command(admin, user, true));
        service.set(new SetUserBan.Command(admin, user, false));

        assertThatThrownBy(() -> resetWith(link)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("token:");
    }

    private CheckInService checkInAt(Instant instant) {
        return new CheckInService(new JooqCheckins(dsl()), new JooqUserAccounts(dsl()), new CheckinBonus(100, 200), BERLIN,
                transactions(), new java.security.SecureRandom(), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void tenConcurrentCheckInsOnOneDayGrantTheBonusOnce() throws Exception {
        UserId user = aUser();
        long before = quota(user);
        CheckInService checkIn = checkInAt(Instant.parse("2026-03-01T22:59:59Z"));

        List<Object> outcomes = Races.race(10, i -> () -> checkIn.checkIn(new CheckIn.Command(user)));

        assertThat(outcomes).filteredOn(CheckIn.CheckedIn.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Refusal r && r.code().equals("already_checked_in")).hasSize(9);
        CheckIn.CheckedIn granted = (CheckIn.CheckedIn) outcomes.stream().filter(CheckIn.CheckedIn.class::isInstance).findFirst().orElseThrow();
        assertThat(quota(user)).isEqualTo(before + granted.bonus().bytes()).isEqualTo(granted.transferEnable().bytes());
        assertThat(dsl().fetchCount(CHECKINS, CHECKINS.USER_ID.eq(user.value()))).isEqualTo(1);
        assertThat(dsl().fetchValue(CHECKINS.BONUS, CHECKINS.USER_ID.eq(user.value()))).isEqualTo(granted.bonus().bytes());
    }

    @Test
    void midnightInTheConfiguredZoneStartsANewDayWhateverUtcSays() {
        UserId user = aUser();

        // 22:59:59 UTC is 23:59:59 in Berlin (winter time); a second later Berlin is on 2 March, UTC still on 1 March.
        CheckIn.CheckedIn first = checkInAt(Instant.parse("2026-03-01T22:59:59Z")).checkIn(new CheckIn.Command(user));
        CheckIn.CheckedIn second = checkInAt(Instant.parse("2026-03-01T23:00:00Z")).checkIn(new CheckIn.Command(user));

        assertThat(first.day()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(second.day()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThatThrownBy(() -> checkInAt(Instant.parse("2026-03-02T22:59:59Z")).checkIn(new CheckIn.Command(user)))
                .isInstanceOf(Refusal.class).hasMessageContaining("2026-03-02");
        assertThat(dsl().select(CHECKINS.CHECKIN_DAY).from(CHECKINS).where(CHECKINS.USER_ID.eq(user.value()))
                .orderBy(CHECKINS.CHECKIN_DAY).fetch(CHECKINS.CHECKIN_DAY))
                .containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"));
    }

    @Test
    void theQuotaNeverOverflows() {
        UserId user = aUser();
        dsl().update(USERS).set(USERS.TRANSFER_ENABLE, Long.MAX_VALUE - 10).where(USERS.ID.eq(user.value())).execute();

        assertThat(new JooqUserAccounts(dsl()).addToQuota(user, Traffic.ofBytes(11))).isEmpty();
        assertThat(new JooqUserAccounts(dsl()).addToQuota(user, Traffic.ofBytes(10))).contains(Traffic.ofBytes(Long.MAX_VALUE));
    }

    private static AccountChanges changes(Optional<Integer> userClass, boolean resetTraffic, Optional<Email> email) {
        return new AccountChanges(userClass, Optional.of(Instant.parse("2027-01-01T00:00:00Z")), Optional.empty(),
                Optional.of(Traffic.ofGigabytes(50)), resetTraffic, Optional.of(3), Optional.of(100), Optional.of(2), email);
    }

    @Test
    void anAdminEditChangesOnlyTheFieldsGiven() {
        UserId user = aUser();
        dsl().update(USERS).set(USERS.U, 5L).set(USERS.D, 7L).set(USERS.CLASS, 4).where(USERS.ID.eq(user.value())).execute();
        var before = new JooqUserAccounts(dsl()).find(user).orElseThrow();
        String email = uniqueEmail("edited");

        boolean updated = new JooqUserDirectory(dsl()).update(user, changes(Optional.empty(), true, Optional.of(Email.of(email))));

        var after = new JooqUserAccounts(dsl()).find(user).orElseThrow();
        assertThat(updated).isTrue();
        assertThat(after.userClass()).isEqualTo(4);
        assertThat(after.classExpire()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(after.expireIn()).isEqualTo(before.expireIn());
        assertThat(after.transferEnable()).isEqualTo(Traffic.ofGigabytes(50));
        assertThat(after.upload()).isEqualTo(Traffic.ZERO);
        assertThat(after.download()).isEqualTo(Traffic.ZERO);
        assertThat(after.nodeGroup()).isEqualTo(3);
        assertThat(after.speedLimit()).isEqualTo(100);
        assertThat(after.deviceLimit()).isEqualTo(2);
        assertThat(after.email().value()).isEqualTo(email);
        assertThat(new JooqUserDirectory(dsl()).update(new UserId(Long.MAX_VALUE), changes(Optional.of(1), false,
                Optional.empty()))).isFalse();
    }

    @Test
    void anEmailOfAnotherAccountIsRefusedAndNothingChanges() {
        UserId user = aUser();
        UserId other = aUser();
        Email taken = new JooqUserAccounts(dsl()).find(other).orElseThrow().email();
        var before = new JooqUserAccounts(dsl()).find(user).orElseThrow();

        assertThatThrownBy(() -> transactions().inTransaction(() -> new JooqUserDirectory(dsl())
                .update(user, changes(Optional.of(9), true, Optional.of(taken))))).isInstanceOf(EmailTaken.class);

        assertThat(new JooqUserAccounts(dsl()).find(user).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anEditWhoseAuditFailsLeavesTheAccountAsItWas() {
        UserId user = aUser();
        var before = new JooqUserAccounts(dsl()).find(user).orElseThrow();
        UpdateUserService service = new UpdateUserService(new JooqUserDirectory(dsl()), new JooqUserAccounts(dsl()),
                new JooqPasswordResets(dsl()), entry -> {
                    throw new IllegalStateException("the audit log is down");
                }, transactions());

        assertThatThrownBy(() -> service.update(new UpdateUser.Command(user, user, changes(Optional.of(7), true,
                Optional.empty())))).hasMessageContaining("audit log is down");

        assertThat(new JooqUserAccounts(dsl()).find(user).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anEditIsAuditedWithWhatChanged() {
        UserId admin = aUser();
        UserId user = aUser();
        UpdateUserService service = new UpdateUserService(new JooqUserDirectory(dsl()), new JooqUserAccounts(dsl()),
                new JooqPasswordResets(dsl()), new JooqAuditTrail(dsl()), transactions());

        var account = service.update(new UpdateUser.Command(admin, user, changes(Optional.of(7), false, Optional.empty())));

        assertThat(account.userClass()).isEqualTo(7);
        assertThat(dsl().select(ADMIN_AUDIT.ACTION, ADMIN_AUDIT.DETAIL).from(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.TARGET.eq("user:" + user)).and(ADMIN_AUDIT.ADMIN_ID.eq(admin.value())).fetchOne())
                .satisfies(row -> {
                    assertThat(row.value1()).isEqualTo("user.update");
                    assertThat(row.value2()).startsWith("class=7; class_expire=2027-01-01T00:00:00Z");
                });
    }

    @Test
    void aCheckInWhoseQuotaCannotGrowLeavesNoCheckInBehind() {
        UserId user = aUser();
        dsl().update(USERS).set(USERS.TRANSFER_ENABLE, Long.MAX_VALUE - 1).where(USERS.ID.eq(user.value())).execute();

        assertThatThrownBy(() -> checkInAt(Instant.parse("2026-03-01T12:00:00Z")).checkIn(new CheckIn.Command(user)))
                .isInstanceOf(Refusal.class).hasMessageContaining("quota");

        assertThat(dsl().fetchCount(CHECKINS, CHECKINS.USER_ID.eq(user.value()))).isZero();
        assertThat(quota(user)).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void aPasswordWhoseTokensCannotBeRevokedStaysAsItWas() {
        UserId user = aUser();
        issue(user, 1);
        String before = new JooqUserAccounts(dsl()).passwordHashOf(user).orElseThrow();
        JooqAccessTokens tokens = new JooqAccessTokens(dsl());
        AccessTokens failing = new AccessTokens() {
            @Override
            public void issue(spanel.domain.user.TokenHash token, UserId holder, Instant expiresAt, Instant now) {
                tokens.issue(token, holder, expiresAt, now);
            }

            @Override
            public Optional<spanel.domain.user.Caller> findLiveHolder(spanel.domain.user.TokenHash token, Instant now) {
                return tokens.findLiveHolder(token, now);
            }

            @Override
            public boolean revoke(spanel.domain.user.TokenHash token) {
                return tokens.revoke(token);
            }

            @Override
            public int revokeAllOf(UserId holder) {
                throw new IllegalStateException("revoking failed");
            }

            @Override
            public int revokeAllOfExcept(UserId holder, spanel.domain.user.TokenHash kept) {
                throw new IllegalStateException("revoking failed");
            }
        };
        Passwords passwords = new Passwords(new JooqUserAccounts(dsl()), failing, new JooqPasswordResets(dsl()),
                new BcryptPasswordHasher(4), transactions());

        assertThatThrownBy(() -> passwords.replace(user, passwords.hash(new Password("a new password")), Optional.empty()))
                .hasMessageContaining("revoking failed");

        assertThat(new JooqUserAccounts(dsl()).passwordHashOf(user)).contains(before);
        assertThat(tokensOf(user)).isEqualTo(1);
    }
}
