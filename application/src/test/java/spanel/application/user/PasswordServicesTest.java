package spanel.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.application.admin.SetPasswordService;
import spanel.application.admin.port.in.SetPassword;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.port.in.ChangePassword;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.in.RequestPasswordReset;
import spanel.application.user.port.in.ResetPassword;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.error.RateLimited;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccessToken;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.PortRange;
import spanel.domain.user.RateLimit;
import spanel.domain.user.ResetToken;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

class PasswordServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String OLD = "correct horse";
    private static final String NEW = "battery staple";

    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final AccountFakes.Tokens tokens = new AccountFakes.Tokens(accounts);
    private final AccountFakes.Hasher hasher = new AccountFakes.Hasher();
    private final AccountFakes.Limiter limiter = new AccountFakes.Limiter();
    private final AccountFakes.Resets resets = new AccountFakes.Resets();
    private final AccountFakes.Outbox outbox = new AccountFakes.Outbox();
    private final AttemptGuard guard = new AttemptGuard(limiter, RateLimit.perMinute(10));
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final Passwords passwords = new Passwords(accounts, tokens, resets, hasher, transactions);
    private final List<Runnable> queued = new ArrayList<>();
    private final RequestPasswordResetService forgot = new RequestPasswordResetService(accounts, resets, outbox,
            new ResetLinks("https://panel.example.com/", "/reset-password"), guard, queued::add, new SplittableRandom(7), clock);
    private final ResetPasswordService reset = new ResetPasswordService(resets, passwords,
            new DeviceCookies(new AccountFakes.Secrets(), new SplittableRandom(11)), transactions, clock);
    private final ChangePasswordService change = new ChangePasswordService(accounts, hasher, passwords, guard);

    private UserId registered(String email) {
        NewAccounts newAccounts = new NewAccounts(accounts, hasher, transactions,
                new AccountDefaults(Traffic.ofGigabytes(1), 30, 0, 0), new PortRange(10_000, 60_000), new SplittableRandom(3), clock);
        return new RegisterUserService(accounts, newAccounts, guard)
                .register(new RegisterUser.Command(Email.of(email), new Password(OLD), Optional.empty(), "10.0.0.1")).userId();
    }

    private AccessToken tokenOf(UserId user, int n) {
        AccessToken token = new AccessToken("token-" + user + "-" + n);
        tokens.issue(token.hash(), user, NOW.plus(Duration.ofDays(7)), NOW);
        return token;
    }

    private String hashOf(UserId user) {
        return accounts.passwordHashOf(user).orElseThrow();
    }

    private void runQueued() {
        queued.forEach(Runnable::run);
        queued.clear();
    }

    private ResetToken tokenFromTheMail() {
        String text = outbox.sent.getLast().text();
        int at = text.indexOf("?token=") + "?token=".length();
        return new ResetToken(text.substring(at, text.indexOf('\n', at)).strip());
    }

    @Test
    void changingThePasswordKeepsTheTokenInUseAndRevokesTheOthers() {
        UserId user = registered("change@example.com");
        UserId other = registered("other@example.com");
        AccessToken used = tokenOf(user, 1);
        tokenOf(user, 2);
        tokenOf(user, 3);
        AccessToken othersToken = tokenOf(other, 1);

        var changed = change.change(new ChangePassword.Command(user, used, OLD, new Password(NEW)));

        assertThat(changed.signedOut()).isEqualTo(2);
        assertThat(hashOf(user)).isEqualTo("hashed:" + NEW);
        assertThat(tokens.issued.keySet()).containsExactlyInAnyOrder(used.hash(), othersToken.hash());
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndCountsAgainstTheLimit() {
        UserId user = registered("wrong@example.com");
        AccessToken used = tokenOf(user, 1);
        tokenOf(user, 2);

        assertThatThrownBy(() -> change.change(new ChangePassword.Command(user, used, "not it", new Password(NEW))))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("current_password:");

        assertThat(hashOf(user)).isEqualTo("hashed:" + OLD);
        assertThat(tokens.issued).hasSize(2);
        for (int i = 1; i < 10; i++) {
            assertThatThrownBy(() -> change.change(new ChangePassword.Command(user, used, "not it", new Password(NEW))))
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> change.change(new ChangePassword.Command(user, used, OLD, new Password(NEW))))
                .isInstanceOf(RateLimited.class);
        assertThat(hashOf(user)).isEqualTo("hashed:" + OLD);
    }

    @Test
    void aResetLinkIsMailedOffTheRequestPathStoredHashedAndWorksOnce() {
        UserId user = registered("reset@example.com");
        tokenOf(user, 1);
        tokenOf(user, 2);

        var requested = forgot.request(new RequestPasswordReset.Command(Email.of("reset@example.com"), "10.0.0.2"));

        assertThat(requested.linkLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(outbox.sent).as("nothing is sent on the request path").isEmpty();
        runQueued();
        assertThat(outbox.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(Email.of("reset@example.com"));
            assertThat(mail.text()).contains("https://panel.example.com/reset-password?token=");
        });
        ResetToken token = tokenFromTheMail();
        assertThat(resets.links).containsOnlyKeys(token.hash());
        assertThat(resets.links.keySet()).extracting(TokenHash::hex).doesNotContain(token.value());

        var changed = reset.reset(new ResetPassword.Command(token, new Password(NEW))).changed();

        assertThat(changed.user()).isEqualTo(user);
        assertThat(changed.signedOut()).isEqualTo(2);
        assertThat(hashOf(user)).isEqualTo("hashed:" + NEW);
        assertThat(tokens.issued).isEmpty();
        assertThatThrownBy(() -> reset.reset(new ResetPassword.Command(token, new Password("a third password"))))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("token:");
        assertThat(hashOf(user)).isEqualTo("hashed:" + NEW);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        registered("known@example.com");

        var unknown = forgot.request(new RequestPasswordReset.Command(Email.of("nobody@example.com"), "10.0.0.2"));
        var known = forgot.request(new RequestPasswordReset.Command(Email.of("known@example.com"), "10.0.0.3"));
        runQueued();

        assertThat(unknown).isEqualTo(known);
        assertThat(outbox.sent).extracting(AccountFakes.Outbox.Sent::to).containsExactly(Email.of("known@example.com"));
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() {
        UserId user = registered("late@example.com");
        forgot.request(new RequestPasswordReset.Command(Email.of("late@example.com"), "10.0.0.2"));
        runQueued();
        ResetToken token = tokenFromTheMail();

        now = NOW.plus(Duration.ofMinutes(30));

        assertThatThrownBy(() -> reset.reset(new ResetPassword.Command(token, new Password(NEW))))
                .isInstanceOf(InvalidInput.class);
        assertThat(hashOf(user)).isEqualTo("hashed:" + OLD);
    }

    @Test
    void requestsForOneAddressAreLimited() {
        for (int i = 0; i < 10; i++) {
            forgot.request(new RequestPasswordReset.Command(Email.of("spam@example.com"), "10.0.1." + i));
        }

        assertThatThrownBy(() -> forgot.request(new RequestPasswordReset.Command(Email.of("spam@example.com"), "10.0.2.1")))
                .isInstanceOf(RateLimited.class);
        assertThat(queued).hasSize(10);
    }

    @Test
    void theOperatorSetsAPasswordByEmailAndEveryTokenStops() {
        UserId user = registered("cli@example.com");
        tokenOf(user, 1);
        SetPasswordService set = new SetPasswordService(accounts, passwords);

        var changed = set.set(new SetPassword.Command(Email.of("cli@example.com"), new Password(NEW)));

        assertThat(changed.user()).isEqualTo(user);
        assertThat(changed.signedOut()).isEqualTo(1);
        assertThat(hashOf(user)).isEqualTo("hashed:" + NEW);
        assertThatThrownBy(() -> set.set(new SetPassword.Command(Email.of("nobody@example.com"), new Password(NEW))))
                .isInstanceOf(NotFound.class).hasMessageContaining("nobody@example.com");
    }
}
