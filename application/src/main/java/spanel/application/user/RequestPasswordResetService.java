package spanel.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import spanel.application.user.port.in.RequestPasswordReset;
import spanel.application.user.port.out.Mailer;
import spanel.application.user.port.out.PasswordResets;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.user.Email;
import spanel.domain.user.ResetToken;
import spanel.domain.user.StoredLogin;

/**
 * On the request path only the limit is counted (per address and per email, the same for every
 * address), then the work is handed to {@code background}: looking the account up, storing the
 * link and mailing it. So the answer, and its timing, say nothing about whether the account exists.
 * Unknown and banned accounts get no mail.
 */
public final class RequestPasswordResetService implements RequestPasswordReset {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(30);
    static final String SUBJECT = "Reset your password";

    private final UserAccounts accounts;
    private final PasswordResets resets;
    private final Mailer mailer;
    private final ResetLinks links;
    private final AttemptGuard guard;
    private final Executor background;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    public RequestPasswordResetService(UserAccounts accounts, PasswordResets resets, Mailer mailer, ResetLinks links,
            AttemptGuard guard, Executor background, RandomGenerator secureRandom, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.resets = Objects.requireNonNull(resets);
        this.mailer = Objects.requireNonNull(mailer);
        this.links = Objects.requireNonNull(links);
        this.guard = Objects.requireNonNull(guard);
        this.background = Objects.requireNonNull(background);
        this.secureRandom = Objects.requireNonNull(secureRandom);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ResetRequested request(Command command) {
        guard.count(List.of("reset:ip:" + command.clientAddress(), "reset:email:" + command.email()));
        background.execute(() -> sendLink(command.email()));
        return new ResetRequested(LINK_LIFETIME);
    }

    private void sendLink(Email email) {
        Optional<StoredLogin> login = accounts.findLogin(email).filter(found -> !found.banned());
        if (login.isEmpty()) {
            return;
        }
        ResetToken token = ResetToken.random(secureRandom);
        Instant now = clock.instant();
        resets.add(token.hash(), login.get().userId(), now.plus(LINK_LIFETIME), now);
        mailer.send(email, SUBJECT, text(links.linkFor(token)));
    }

    static String text(String link) {
        return """
                Someone, hopefully you, asked to reset the password of this account.

                Open this link within %d minutes to choose a new password (it works once):

                %s

                Setting a new password signs the account out everywhere. If you did not ask for this,
                ignore this mail: your password stays as it is.
                """.formatted(LINK_LIFETIME.toMinutes(), link);
    }
}
