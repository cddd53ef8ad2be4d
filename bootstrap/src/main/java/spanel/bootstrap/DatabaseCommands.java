package spanel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Writer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.admin.LedgerCsv;
import spanel.adapter.http.subscription.SubscriptionNodeConfigs;
import spanel.adapter.metrics.MetricsAdapters;
import spanel.adapter.persistence.support.Migrations;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.admin.AdminQueryService;
import spanel.application.admin.CreateUserService;
import spanel.application.admin.SetPasswordService;
import spanel.application.admin.UnlockLogInsService;
import spanel.application.admin.port.in.CreateUser;
import spanel.application.admin.port.in.SetPassword;
import spanel.application.admin.port.in.UnlockLogIns;
import spanel.application.imports.ImportInstallationService;
import spanel.application.imports.port.in.ImportInstallation;
import spanel.application.imports.port.out.SourcePanel;
import spanel.application.job.ListJobsService;
import spanel.application.job.port.in.ListJobs;
import spanel.application.notice.OutboxQueryService;
import spanel.application.notice.RetryNoticeService;
import spanel.application.notice.port.in.OutboxQueries;
import spanel.application.notice.port.in.RetryNotice;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.user.port.in.PasswordChanged;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;
import spanel.domain.user.UserId;

/** The CLI's commands: each migrates the database, runs once on a small pool of its own, and closes it. */
public final class DatabaseCommands {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCommands.class);

    private DatabaseCommands() {
    }

    /** Runs one command against the (migrated) database without serving. */
    public static <T> T withDatabase(Settings settings, Function<PersistenceAdapters, T> command) {
        try (HikariDataSource dataSource = DataSources.open(settings.database(), 2, settings.dataDir())) {
            migrate(dataSource);
            return command.apply(PersistenceAdapters.on(dataSource, settings.database()));
        }
    }

    /** Migrates, then creates one account: {@code ./spanel user create}. */
    public static CreateUser.UserCreated createUser(Settings settings, CreateUser.Command command) {
        return withDatabase(settings, persistence -> new CreateUserService(
                AccountWiring.newAccounts(persistence, settings.accounts(), Clock.systemUTC()),
                persistence.balances(), persistence.transactionRunner()).create(command));
    }

    /** Migrates, then sets one account's password and revokes its tokens: {@code ./spanel user passwd}. */
    public static PasswordChanged setPassword(Settings settings, SetPassword.Command command) {
        return withDatabase(settings, persistence -> new SetPasswordService(persistence.userAccounts(),
                AccountWiring.passwords(persistence, settings, Clock.systemUTC())).set(command));
    }

    /** Migrates, then lifts one account's log-in limits: {@code ./spanel user unlock}. */
    public static UserId unlockLogIns(Settings settings, UnlockLogIns.Command command) {
        return withDatabase(settings, persistence -> new UnlockLogInsService(persistence.userAccounts()).unlock(command));
    }

    /** Migrates, then imports (or, without apply, plans the import of) another panel's installation: {@code ./spanel import}. */
    public static ImportInstallation.Report importInstallation(Settings settings, SourcePanel source, boolean apply) {
        return withDatabase(settings, persistence -> new ImportInstallationService(source, persistence.importDestination(),
                persistence.balances(), persistence.transactionRunner(), settings.accounts().ports(), new SecureRandom(),
                new SubscriptionNodeConfigs())
                .run(new ImportInstallation.Command(apply)));
    }

    /** Every job with its last and next run, read from the (migrated) database: {@code ./spanel jobs}. */
    public static List<ListJobs.JobStatus> listJobs(Settings settings, Clock clock) {
        // Listing runs no job: reconciliation is named, never called.
        ReconcileOrders notRunHere = command -> {
            throw new IllegalStateException("./spanel jobs lists the jobs and runs none");
        };
        return withDatabase(settings, persistence -> new ListJobsService(
                Jobs.scheduled(persistence, settings, clock, notRunHere), persistence.jobLedger(), clock).list());
    }

    /** Migrates, then asks the gateways about unpaid orders, or one order: {@code ./spanel orders reconcile}. */
    public static ReconcileOrders.Reconciled reconcileOrders(Settings settings, ReconcileOrders.Command command, Clock clock) {
        try (MetricsAdapters metrics = MetricsAdapters.start()) {
            return withDatabase(settings, persistence -> PaymentWiring.reconcile(persistence, settings, clock, metrics)
                    .reconcile(command));
        }
    }

    /** Migrates, then writes the balance ledger booked in [from, to) as CSV: {@code ./spanel ledger export}; answers the rows. */
    public static long exportLedger(Settings settings, Instant from, Instant to, Writer out) {
        return withDatabase(settings, persistence -> LedgerCsv.write(new AdminQueryService(persistence.userDirectory(),
                persistence.userAccounts(), persistence.topUpOrderQueries()), from, to, out));
    }

    /** The newest notice deliveries, in one state or all: {@code ./spanel notices list}. */
    public static List<OutboxQueries.Delivery> listNotices(Settings settings, Optional<String> state, int limit) {
        return withDatabase(settings, persistence -> new OutboxQueryService(persistence.outbox()).latest(state, limit));
    }

    /** Puts a delivery given up back in line: {@code ./spanel notices retry --id N}. */
    public static RetryNotice.Retried retryNotice(Settings settings, long deliveryId) {
        return withDatabase(settings, persistence -> new RetryNoticeService(persistence.outbox(), Clock.systemUTC())
                .retry(deliveryId));
    }

    /** Applies pending migrations and exits: {@code ./spanel migrate}. */
    public static int migrateOnly(Settings settings) {
        try (HikariDataSource dataSource = DataSources.open(settings.database(), 2, settings.dataDir())) {
            return migrate(dataSource);
        }
    }

    static int migrate(HikariDataSource dataSource) {
        try {
            int applied = Migrations.apply(dataSource);
            if (applied > 0) {
                LOG.info("applied {} database migration(s)", applied);
            }
            return applied;
        } catch (RuntimeException e) {
            throw new StartupRefusal("database migration failed: " + DataSources.rootMessage(e), e);
        }
    }
}
