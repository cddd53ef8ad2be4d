package spanel.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.user.AccountUseCases;
import spanel.adapter.mail.SmtpMailer;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.AttemptGuard;
import spanel.application.user.AuthenticateService;
import spanel.application.user.ChangePasswordService;
import spanel.application.user.CheckInService;
import spanel.application.user.DeviceCookies;
import spanel.application.user.LogInLimits;
import spanel.application.user.LogInService;
import spanel.application.user.LogOutService;
import spanel.application.user.NewAccounts;
import spanel.application.user.Passwords;
import spanel.application.user.RegisterUserService;
import spanel.application.user.RequestPasswordResetService;
import spanel.application.user.ResetLinks;
import spanel.application.user.ResetPasswordService;
import spanel.application.user.ShowUserInfoService;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UserAccounts;
import spanel.bootstrap.config.AccountSettings;
import spanel.bootstrap.config.Settings;

/** Registration, log-in and the user's own account. */
final class AccountWiring {

    private AccountWiring() {
    }

    /** Without SMTP_URL there are no reset links, nor with a check-in bonus of 0 a check-in. */
    static AccountUseCases accounts(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        Settings all = wiring.settings();
        Clock clock = wiring.clock();
        AccountSettings settings = all.accounts();
        UserAccounts accounts = persistence.userAccounts();
        AccessTokens tokens = persistence.accessTokens();
        AttemptGuard guard = new AttemptGuard(wiring.stores().attemptLimiter(), settings.loginLimit());
        PasswordHasher hasher = persistence.passwordHasher();
        TransactionRunner tx = persistence.transactionRunner();
        Passwords passwords = passwords(persistence, wiring.settings(), clock);
        DeviceCookies devices = new DeviceCookies(persistence.serverSecrets(), new SecureRandom());
        Optional<AccountUseCases.ResetByMail> resetByMail = all.mail().map(config -> new AccountUseCases.ResetByMail(
                new RequestPasswordResetService(accounts, persistence.passwordResets(), new SmtpMailer(config, clock),
                        new ResetLinks(all.payments().publicUrl(), HttpApi.RESET_PAGE), guard, wiring.mail(),
                        new SecureRandom(), clock),
                new ResetPasswordService(persistence.passwordResets(), passwords, devices, tx, clock)));
        Optional<CheckIn> checkIn = settings.checkinBonus().enabled()
                ? Optional.of(new CheckInService(persistence.checkins(), accounts, settings.checkinBonus(), all.jobs().timezone(), tx,
                        new SecureRandom(), clock))
                : Optional.empty();
        return new AccountUseCases(
                new RegisterUserService(accounts, newAccounts(persistence, settings, clock), guard),
                new LogInService(accounts, tokens, hasher,
                        new LogInLimits(wiring.stores().attemptLimiter(), settings.loginLimit(), persistence.knownAddresses()),
                        devices,
                        settings.tokenLifetime(), tx, new SecureRandom(), clock),
                new LogOutService(tokens),
                new AuthenticateService(tokens, clock),
                new ShowUserInfoService(accounts, SubscriptionWiring.links(persistence, all), persistence.trafficResetDays(),
                        all.jobs().timezone(), clock),
                new ChangePasswordService(accounts, hasher, passwords, guard),
                resetByMail,
                checkIn);
    }

    static NewAccounts newAccounts(PersistenceAdapters persistence, AccountSettings settings, Clock clock) {
        return new NewAccounts(persistence.userAccounts(), persistence.passwordHasher(), persistence.transactionRunner(),
                settings.defaults(), settings.ports(), new SecureRandom(), clock);
    }

    /** Every new password raises "password changed" (also one set by {@code ./spanel user passwd}). */
    static Passwords passwords(PersistenceAdapters persistence, Settings settings, Clock clock) {
        return new Passwords(persistence.userAccounts(), persistence.accessTokens(), persistence.passwordResets(),
                persistence.passwordHasher(), persistence.transactionRunner(),
                NoticeWiring.notices(persistence, settings, clock), clock);
    }
}
