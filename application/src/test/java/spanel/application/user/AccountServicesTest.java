package spanel.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.application.admin.UnlockLogInsService;
import spanel.application.admin.port.in.UnlockLogIns;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.port.in.Authenticate;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.in.LogOut;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.in.ResetPassword;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.RateLimited;
import spanel.domain.error.Unauthorized;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.Caller;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.Password;
import spanel.domain.user.PortRange;
import spanel.domain.user.RateLimit;
import spanel.domain.user.ResetToken;
import spanel.domain.user.TokenLifetime;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class AccountServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String PASSWORD = "correct horse";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final AccountFakes.Tokens tokens = new AccountFakes.Tokens(accounts);
    private final AccountFakes.Hasher hasher = new AccountFakes.Hasher();
    private final AccountFakes.Limiter limiter = new AccountFakes.Limiter();
    private final AttemptGuard guard = new AttemptGuard(limiter, RateLimit.perMinute(10));
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final AccountDefaults defaults = new AccountDefaults(Traffic.ofGigabytes(10), 30, 1, 2);

    private NewAccounts newAccounts(PortRange ports) {
        return new NewAccounts(accounts, hasher, transactions, defaults, ports, new SplittableRandom(3), clock);
    }

    private final RegisterUserService register =
            new RegisterUserService(accounts, newAccounts(new PortRange(10_000, 60_000)), guard);
    private final AccountFakes.Addresses addresses = new AccountFakes.Addresses();
    private final DeviceCookies devices = new DeviceCookies(new AccountFakes.Secrets(), new SplittableRandom(11));
    private final LogInService logIn = new LogInService(accounts, tokens, hasher,
            new LogInLimits(limiter, RateLimit.perMinute(10), addresses), devices,
            new TokenLifetime(Duration.ofDays(7)), transactions, new SplittableRandom(5), clock);

    private UserId registered(String email) {
        return register.register(new RegisterUser.Command(Email.of(email), new Password(PASSWORD), Optional.empty(), "10.0.0.1"))
                .userId();
    }

    private LogIn.LoggedIn logIn(String email, String password, String from) {
        return logIn.logIn(new LogIn.Command(Email.of(email), password, from));
    }

    @Test
    void aRegisteredAccountGetsTheDefaultsAHashedPasswordAndNoMoney() {
        UserAccount account = accounts.find(registered("a@example.com")).orElseThrow();

        assertThat(account.transferEnable()).isEqualTo(Traffic.ofGigabytes(10));
        assertThat(account.expireIn()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(account.userClass()).isEqualTo(1);
        assertThat(account.nodeGroup()).isEqualTo(2);
        assertThat(account.credentials().port().orElseThrow()).isBetween(10_000, 60_000);
        assertThat(account.money().isZero()).isTrue();
        assertThat(accounts.findLogin(Email.of("a@example.com")).orElseThrow().passwordHash()).isEqualTo("hashed:" + PASSWORD);
    }

    @Test
    void anInviteCodeNamesTheInviterAndAnUnknownOneIsRefused() {
        UserId inviter = registered("inviter@example.com");
        String code = accounts.find(inviter).orElseThrow().inviteCode();

        UserId invitee = register.register(new RegisterUser.Command(Email.of("invitee@example.com"), new Password(PASSWORD),
                Optional.of(code), "10.0.0.2")).userId();

        assertThat(accounts.find(invitee).orElseThrow().inviter()).contains(inviter);
        assertThatThrownBy(() -> register.register(new RegisterUser.Command(Email.of("x@example.com"), new Password(PASSWORD),
                Optional.of("nope"), "10.0.0.3"))).isInstanceOf(InvalidInput.class).hasMessageStartingWith("invite_code:");
    }

    @Test
    void aTakenEmailIsRefused() {
        registered("twice@example.com");

        assertThatThrownBy(() -> registered("twice@example.com")).isInstanceOf(EmailTaken.class);
    }

    @Test
    void theEleventhRegistrationFromOneAddressWithinAMinuteIsRefused() {
        for (int i = 0; i < 10; i++) {
            registered("user" + i + "@example.com");
        }

        assertThatThrownBy(() -> registered("user10@example.com")).isInstanceOf(RateLimited.class);
    }

    @Test
    void aTakenPortIsDrawnAgainAndAFullRangeOpensAccountsWithoutAPort() {
        accounts.takenPorts.add(20_000);
        UserId id = new NewAccounts(accounts, hasher, transactions, defaults, new PortRange(20_000, 20_001),
                new SplittableRandom(9), clock).open(Email.of("p@example.com"), new Password(PASSWORD), Optional.empty(), false);
        UserId beyond = newAccounts(new PortRange(20_000, 20_001))
                .open(Email.of("q@example.com"), new Password(PASSWORD), Optional.empty(), false);
        UserId further = newAccounts(new PortRange(20_000, 20_001))
                .open(Email.of("r@example.com"), new Password(PASSWORD), Optional.empty(), false);

        assertThat(accounts.find(id).orElseThrow().credentials().port()).hasValue(20_001);
        assertThat(accounts.find(beyond).orElseThrow().credentials().port()).isEmpty();
        assertThat(accounts.find(further).orElseThrow().credentials().port()).isEmpty();
    }

    @Test
    void logInIssuesATokenStoredOnlyAsItsHashWithItsExpiry() {
        UserId id = registered("login@example.com");

        LogIn.LoggedIn loggedIn = logIn("login@example.com", PASSWORD, "10.0.0.9");

        var issued = tokens.issued.get(loggedIn.token().hash());
        assertThat(issued.holder()).isEqualTo(id);
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(loggedIn.expiresIn()).isEqualTo(Duration.ofDays(7));
        assertThat(tokens.issued.keySet()).noneMatch(hash -> hash.hex().equals(loggedIn.token().value()));
    }

    @Test
    void anImportedHashIsReplacedAtTheFirstLogInUnlessThePasswordIsTooShortForANewOne() {
        UserId imported = registered("imported@example.com");
        UserId shortOne = registered("short@example.com");
        accounts.hashes.put(imported, "imported:" + PASSWORD);
        accounts.hashes.put(shortOne, "imported:abc");

        logIn("imported@example.com", PASSWORD, "10.0.0.9");
        logIn("short@example.com", "abc", "10.0.0.9");

        assertThat(accounts.hashes.get(imported)).isEqualTo("hashed:" + PASSWORD);
        assertThat(accounts.hashes.get(shortOne)).as("it still logs in, and keeps its hash").isEqualTo("imported:abc");
    }

    @Test
    void anUnknownEmailIsCheckedAgainstADecoyAndAnsweredLikeAWrongPassword() {
        registered("known@example.com");

        var wrong = org.assertj.core.api.Assertions.catchThrowableOfType(Unauthorized.class,
                () -> logIn("known@example.com", "not the password", "10.0.0.9"));
        var unknown = org.assertj.core.api.Assertions.catchThrowableOfType(Unauthorized.class,
                () -> logIn("nobody@example.com", "not the password", "10.0.0.9"));

        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(hasher.checks).isEqualTo(2);
        assertThat(hasher.checksWithoutAccount).isEqualTo(1);
    }

    @Test
    void aBannedUserCannotLogIn() {
        UserId id = registered("banned@example.com");
        accounts.ban(id);

        assertThatThrownBy(() -> logIn("banned@example.com", PASSWORD, "10.0.0.9")).isInstanceOf(Unauthorized.class);
        assertThat(tokens.issued).isEmpty();
    }

    @Test
    void afterTenFailuresFromOneAddressEvenTheRightPasswordWaitsThere() {
        registered("target@example.com");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> logIn("target@example.com", "guess", "10.0.0.66")).isInstanceOf(Unauthorized.class);
        }

        assertThatThrownBy(() -> logIn("target@example.com", PASSWORD, "10.0.0.66")).isInstanceOf(RateLimited.class);
        assertThatThrownBy(() -> logIn("target@example.com", PASSWORD, "10.0.0.67"))
                .as("the email is limited from addresses it never logged in from").isInstanceOf(RateLimited.class);
        assertThat(hasher.checks).isEqualTo(10);
    }

    @Test
    void aStrangerGuessingAtAnEmailDoesNotLockItsOwnerOutOfTheirUsualAddress() {
        UserId owner = registered("owner@example.com");
        logIn("owner@example.com", PASSWORD, "10.0.0.5");
        for (int i = 0; i < 30; i++) {
            try {
                logIn("owner@example.com", "guess " + i, "203.0.113.9");
            } catch (Unauthorized | RateLimited expected) {
                // 401 for the first ten, then 429.
            }
        }

        assertThat(logIn("owner@example.com", PASSWORD, "10.0.0.5").token()).isNotNull();
        assertThat(addresses.known.get(owner)).containsOnlyKeys("10.0.0.5");
        assertThatThrownBy(() -> logIn("owner@example.com", PASSWORD, "203.0.113.9")).isInstanceOf(RateLimited.class);
    }

    /** 30 wrong passwords from five addresses: the email's limit for strangers is spent. */
    private void strangersGuessAt(String email) {
        for (int i = 0; i < 30; i++) {
            try {
                logIn(email, "guess " + i, "203.0.113." + (i % 5));
            } catch (Unauthorized | RateLimited expected) {
                // 401 at first, then 429.
            }
        }
    }

    private LogIn.LoggedIn logIn(String email, String password, String from, String deviceCookie) {
        return logIn.logIn(new LogIn.Command(Email.of(email), password, from, Optional.of(deviceCookie)));
    }

    @Test
    void theOwnerWithADeviceCookieGetsInFromANewAddressWhileTheAccountIsUnderAttack() {
        UserId owner = registered("device@example.com");
        String cookie = logIn("device@example.com", PASSWORD, "10.0.0.5").deviceCookie();
        strangersGuessAt("device@example.com");

        assertThatThrownBy(() -> logIn("device@example.com", PASSWORD, "198.51.100.20"))
                .as("an untrusted client from a new address").isInstanceOf(RateLimited.class);
        assertThat(logIn("device@example.com", PASSWORD, "198.51.100.20", cookie).user()).isEqualTo(owner);
    }

    @Test
    void aDeviceCookieIsThrottledOnItsOwnAndOnlyForItsAccount() {
        registered("mine@example.com");
        registered("theirs@example.com");
        String stolen = logIn("mine@example.com", PASSWORD, "10.0.0.5").deviceCookie();
        String phone = logIn("mine@example.com", PASSWORD, "10.0.0.5").deviceCookie();
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> logIn("mine@example.com", "guess", "198.51.100.30", stolen))
                    .isInstanceOf(Unauthorized.class);
        }

        assertThatThrownBy(() -> logIn("mine@example.com", PASSWORD, "198.51.100.30", stolen))
                .as("that device's own limit").isInstanceOf(RateLimited.class);
        assertThat(logIn("mine@example.com", PASSWORD, "198.51.100.31", phone).token()).as("another device of the owner")
                .isNotNull();
        strangersGuessAt("theirs@example.com");
        assertThatThrownBy(() -> logIn("theirs@example.com", PASSWORD, "198.51.100.32", phone))
                .as("a device cookie of another account").isInstanceOf(RateLimited.class);
    }

    @Test
    void anUnlockLetsTheOwnerInAgainFromANewAddress() {
        UserId owner = registered("locked@example.com");
        strangersGuessAt("locked@example.com");
        assertThatThrownBy(() -> logIn("locked@example.com", PASSWORD, "198.51.100.40")).isInstanceOf(RateLimited.class);

        assertThat(new UnlockLogInsService(accounts)
                .unlock(new UnlockLogIns.Command(Email.of("locked@example.com"))))
                .isEqualTo(owner);

        assertThat(logIn("locked@example.com", PASSWORD, "198.51.100.40").user()).isEqualTo(owner);
    }

    @Test
    void anOwnerRefusedAtANewAddressGetsThroughByTheMailedResetLink() {
        UserId owner = registered("mailed@example.com");
        strangersGuessAt("mailed@example.com");
        assertThatThrownBy(() -> logIn("mailed@example.com", PASSWORD, "198.51.100.50")).isInstanceOf(RateLimited.class);
        AccountFakes.Resets resets = new AccountFakes.Resets();
        ResetToken link = ResetToken.random(new SplittableRandom(8));
        resets.add(link.hash(), owner, NOW.plus(Duration.ofMinutes(30)), NOW);
        Passwords passwords = new Passwords(accounts, tokens, resets, hasher, transactions);

        ResetPassword.Done done = new ResetPasswordService(resets, passwords, devices, transactions, clock)
                .reset(new ResetPassword.Command(link, new Password("set from the mail")));

        assertThat(logIn("mailed@example.com", "set from the mail", "198.51.100.50", done.deviceCookie()).user())
                .as("the client that used the link").isEqualTo(owner);
        assertThatThrownBy(() -> logIn("mailed@example.com", "set from the mail", "198.51.100.51"))
                .as("another client at a new address still waits").isInstanceOf(RateLimited.class);
    }

    @Test
    void guessingAtManyEmailsFromOneAddressStopsAtFiveTimesTheLimit() {
        for (int i = 0; i < 50; i++) {
            String email = "nobody" + i + "@example.com";
            assertThatThrownBy(() -> logIn(email, "guess", "198.51.100.7")).isInstanceOf(Unauthorized.class);
        }

        assertThatThrownBy(() -> logIn("someone-else@example.com", "guess", "198.51.100.7")).isInstanceOf(RateLimited.class);
    }

    @Test
    void successfulLogInsAreNotCountedAsFailures() {
        registered("often@example.com");
        for (int i = 0; i < 15; i++) {
            logIn("often@example.com", PASSWORD, "10.0.0.5");
        }

        assertThat(limiter.counts).doesNotContainKey("login:email:often@example.com");
    }

    @Test
    void aTokenAuthenticatesItsHolderUntilItExpiresOrIsRevoked() {
        UserId id = registered("auth@example.com");
        LogIn.LoggedIn loggedIn = logIn("auth@example.com", PASSWORD, "10.0.0.9");
        var now = new AuthenticateService(tokens, clock);
        var later = new AuthenticateService(tokens, Clock.fixed(NOW.plus(Duration.ofDays(7)), ZoneOffset.UTC));

        assertThat(now.authenticate(new Authenticate.Command(loggedIn.token()))).isEqualTo(new Caller(id, false));
        assertThatThrownBy(() -> later.authenticate(new Authenticate.Command(loggedIn.token()))).isInstanceOf(Unauthorized.class);
        assertThat(new LogOutService(tokens).logOut(new LogOut.Command(loggedIn.token())).revoked()).isTrue();
        assertThatThrownBy(() -> now.authenticate(new Authenticate.Command(loggedIn.token()))).isInstanceOf(Unauthorized.class);
    }
}
