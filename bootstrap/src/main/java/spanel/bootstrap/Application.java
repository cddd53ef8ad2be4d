package spanel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.admin.AdminUseCases;
import spanel.adapter.http.admin.DashboardUseCases;
import spanel.adapter.http.admin.NodeAdminUseCases;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.payment.PaymentUseCases;
import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.http.subscription.SubscriptionUseCases;
import spanel.adapter.http.support.ErrorMapping;
import spanel.adapter.http.user.AccountUseCases;
import spanel.adapter.mail.SmtpMailer;
import spanel.adapter.metrics.MetricsAdapters;
import spanel.adapter.payment.PaymentAdapters;
import spanel.adapter.persistence.support.Migrations;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.adapter.redis.InMemoryStores;
import spanel.adapter.redis.RedisStores;
import spanel.adapter.redis.Stores;
import spanel.application.admin.AdjustBalanceService;
import spanel.application.admin.CreateUserService;
import spanel.application.admin.ListOrdersService;
import spanel.application.admin.ListUsersService;
import spanel.application.admin.SetPasswordService;
import spanel.application.admin.UnlockLogInsService;
import spanel.application.admin.SetUserBanService;
import spanel.application.admin.ShowUserService;
import spanel.application.admin.UpdateUserService;
import spanel.application.admin.port.in.CreateUser;
import spanel.application.admin.port.in.SetPassword;
import spanel.application.admin.port.in.UnlockLogIns;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.dashboard.ResolveReviewService;
import spanel.application.dashboard.ShowSalesService;
import spanel.application.dashboard.ShowUsageService;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.application.health.CheckHealthService;
import spanel.application.health.TimeBoundProbe;
import spanel.application.job.JobHistory;
import spanel.application.job.ListJobsService;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.ListJobs;
import spanel.application.job.port.in.RunDueJobs;
import spanel.application.node.CountNodeStatesService;
import spanel.application.node.CreateNodeService;
import spanel.application.node.DeleteNodeService;
import spanel.application.node.GetNodeInfoService;
import spanel.application.node.ListDetectRulesService;
import spanel.application.node.ListNodeUsersService;
import spanel.application.node.ListNodesService;
import spanel.application.node.ManageDetectRulesService;
import spanel.application.node.NodeGate;
import spanel.application.node.NodeJobs;
import spanel.application.node.ReportAliveIpsService;
import spanel.application.node.ReportDetectionsService;
import spanel.application.node.ReportHeartbeatService;
import spanel.application.node.ReportOnlineService;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.RotateNodeKeyService;
import spanel.application.node.RotateServerKeyService;
import spanel.application.node.ShowNodeService;
import spanel.application.node.ShowNodeStatusService;
import spanel.application.node.UpdateNodeService;
import spanel.application.node.VerifyNodeKeyService;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.node.port.out.TrafficMeter;
import spanel.application.payment.CloseStaleOrdersService;
import spanel.application.payment.ConfirmTopUpByHandService;
import spanel.application.payment.CreateTopUpOrderService;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.ListTopUpOrdersService;
import spanel.application.payment.PaymentJobs;
import spanel.application.payment.PaymentUrls;
import spanel.application.payment.ShowTopUpOrderService;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.application.plan.PlanJobs;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.CheckCouponService;
import spanel.application.shop.CreateCouponService;
import spanel.application.shop.CreateProductService;
import spanel.application.shop.DisableCouponService;
import spanel.application.shop.DisableProductService;
import spanel.application.shop.ListCouponsService;
import spanel.application.shop.ListPackagesService;
import spanel.application.shop.ListProductsService;
import spanel.application.shop.ListPurchasesService;
import spanel.application.shop.UpdateCouponService;
import spanel.application.shop.UpdateProductService;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.application.shop.port.out.PurchaseMeter;
import spanel.application.user.AttemptGuard;
import spanel.application.user.AuthenticateService;
import spanel.application.user.ChangePasswordService;
import spanel.application.user.CheckInService;
import spanel.application.user.FetchSubscriptionService;
import spanel.application.user.ListUserNodesService;
import spanel.application.user.DeviceCookies;
import spanel.application.user.LogInLimits;
import spanel.application.user.LogInService;
import spanel.application.user.LogOutService;
import spanel.application.user.NewAccounts;
import spanel.application.user.Passwords;
import spanel.application.user.RegisterUserService;
import spanel.application.user.RequestPasswordResetService;
import spanel.application.user.ResetCredentialsService;
import spanel.application.user.ResetLinks;
import spanel.application.user.ResetPasswordService;
import spanel.application.user.ResetSubscriptionService;
import spanel.application.user.ShowUserInfoService;
import spanel.application.user.SubscriptionLinks;
import spanel.application.user.UserJobs;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.in.PasswordChanged;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UsableNodes;
import spanel.application.user.port.out.UserAccounts;
import spanel.bootstrap.alert.WebhookAlerts;
import spanel.bootstrap.config.AccountSettings;
import spanel.bootstrap.config.MuKeyFile;
import spanel.bootstrap.config.PaymentSettings;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;
import spanel.bootstrap.config.SubscriptionSettings;
import spanel.domain.user.UserId;

/**
 * The assembled service: every adapter built by hand and handed the ports it serves. Closing it
 * stops accepting requests, lets those in flight finish, then closes the pools.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final HikariDataSource dataSource;
    private final HikariDataSource ingestDataSource;
    private final Stores stores;
    private final Javalin http;
    private final ScheduledExecutorService jobs;
    private final RunDueJobs jobRunner;
    private final ExecutorService mail;
    private final MetricsAdapters metrics;

    private Application(HikariDataSource dataSource, HikariDataSource ingestDataSource, Stores stores, Javalin http,
            ScheduledExecutorService jobs, RunDueJobs jobRunner, ExecutorService mail, MetricsAdapters metrics) {
        this.dataSource = dataSource;
        this.ingestDataSource = ingestDataSource;
        this.stores = stores;
        this.http = http;
        this.jobs = jobs;
        this.jobRunner = jobRunner;
        this.mail = mail;
        this.metrics = metrics;
    }

    /** How often each instance looks for job boundaries that are due (the shortest schedule is a minute). */
    static final long JOB_TICK_SECONDS = 15;

    /** How long a stop waits for mail already queued. */
    static final long STOP_MAIL_SECONDS = 10;

    /** How long /health waits for each dependency before calling it down (two of them: under a second in all). */
    static final Duration PROBE_LIMIT = Duration.ofMillis(450);

    /**
     * Connections of the pool that applies node traffic reports, and reports applied at once: a
     * quarter of DATABASE_POOL_SIZE, at least 2. A 1,000-user report keeps a database core busy, so
     * more at once only slows the other routes; 300 nodes once a minute need 5 reports a second.
     */
    static int ingestPoolSize(int databasePoolSize) {
        return Math.max(2, databasePoolSize / 4);
    }

    /** Connects, migrates and serves; any failure on the way closes what was opened and is a {@link StartupRefusal}. */
    public static Application start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** As {@link #start(Settings)}, with the clock that tokens and in-process limits go by (tests move it). */
    static Application start(Settings settings, Clock clock) {
        if (settings.debug()) {
            warnDebug();
        }
        Stores stores = openStores(settings, clock);
        HikariDataSource dataSource = null;
        HikariDataSource ingestDataSource = null;
        ExecutorService mail = mailQueue();
        MetricsAdapters metrics = MetricsAdapters.start();
        try {
            DataSources.StorageFailureEviction eviction = new DataSources.StorageFailureEviction();
            dataSource = DataSources.open(settings.database(), settings.databasePoolSize(), settings.dataDir(), "spanel-db",
                    eviction, metrics.registry());
            migrate(dataSource);
            // Node traffic reports get connections of their own: a storm of them cannot take the
            // connections that log-ins, user pages, payments and /health need.
            int ingestPool = ingestPoolSize(settings.databasePoolSize());
            ingestDataSource = DataSources.open(settings.database(), ingestPool, settings.dataDir(), "spanel-ingest",
                    eviction, metrics.registry());
            PersistenceAdapters persistence = PersistenceAdapters.on(dataSource, settings.database());
            String muKey = MuKeyFile.resolve(settings.muKey(), settings.dataDir(), persistence.serverSecrets());
            List<ScheduledJob> scheduled = scheduledJobs(persistence, settings, clock);
            PersistenceAdapters ingest = PersistenceAdapters.on(ingestDataSource, settings.database());
            HttpApi.UseCases useCases = useCases(persistence, ingest, stores, settings, muKey, loggingFailures(mail), clock,
                    metrics);
            // The first probe loads the classes every later one uses: done here, so the first
            // /health answers within its limit instead of calling a cold database down.
            useCases.checkHealth().check();
            Javalin http = HttpApi.create(
                    new HttpSettings(settings.httpHost(), settings.httpPort(), HttpSettings.DEFAULT_MAX_BODY_BYTES,
                            settings.nodeReportMax(), settings.trustedProxies(), ingestPool)
                            .withIpv6LimitPrefix(settings.ipv6LimitPrefix()),
                    useCases, metrics.registry());
            startHttp(http, settings);
            RunDueJobs jobRunner = new RunDueJobsService(scheduled, persistence.jobLedger(), persistence.transactionRunner(),
                    metrics.jobMeter(scheduled.stream().map(ScheduledJob::name).toList()), clock);
            ScheduledExecutorService jobs = startJobs(jobRunner);
            LOG.info("spanel serves on http://{}:{} ({}, store {})", settings.httpHost(), http.port(),
                    settings.database().isEmbedded() ? "embedded database in " + settings.dataDir() : "PostgreSQL",
                    settings.redisUrl().isPresent() ? "Redis" : "in-process");
            return new Application(dataSource, ingestDataSource, stores, http, jobs, jobRunner, mail, metrics);
        } catch (RuntimeException e) {
            mail.shutdownNow();
            if (ingestDataSource != null) {
                ingestDataSource.close();
            }
            if (dataSource != null) {
                dataSource.close();
            }
            stores.close();
            metrics.close();
            throw e;
        }
    }

    /** Every use case, built by hand on its adapters; traffic reports on the {@code ingest} pool's. */
    static HttpApi.UseCases useCases(PersistenceAdapters persistence, PersistenceAdapters ingest, Stores stores,
            Settings settings, String muKey, Executor mail, Clock clock, MetricsAdapters metrics) {
        return new HttpApi.UseCases(
                new CheckHealthService(new TimeBoundProbe(persistence.dependencyProbe(), PROBE_LIMIT),
                        new TimeBoundProbe(stores.probe(), PROBE_LIMIT), stores.attemptLimiter(), settings.debug()),
                accountUseCases(persistence, stores, settings, mail, clock),
                adminUseCases(persistence),
                nodeUseCases(persistence, ingest, stores, muKey, metrics.trafficMeter(), clock,
                        ingestPoolSize(settings.databasePoolSize())),
                nodeAdminUseCases(persistence, stores, clock),
                shopUseCases(persistence, settings.jobs().timezone(), metrics.purchaseMeter(), clock),
                paymentUseCases(persistence, settings, metrics.paymentMeter(), clock),
                subscriptionUseCases(persistence, stores, settings, clock),
                new CountNodeStatesService(persistence.nodeRegistry(), settings.subscriptions().nodeDownAfter(), clock),
                dashboardUseCases(persistence, clock));
    }

    /** The user's nodes, the subscription fetch, and rotating the link and the proxy credentials. */
    static SubscriptionUseCases subscriptionUseCases(PersistenceAdapters persistence, Stores stores, Settings settings,
            Clock clock) {
        SubscriptionSettings subscriptions = settings.subscriptions();
        SubscriptionLinks links = subscriptionLinks(persistence, settings);
        UserAccounts accounts = persistence.userAccounts();
        UsableNodes usable = persistence.usableNodes();
        TransactionRunner tx = persistence.transactionRunner();
        return new SubscriptionUseCases(
                new ListUserNodesService(accounts, usable, stores.nodeStatus(), subscriptions.nodeDownAfter(), clock),
                new FetchSubscriptionService(links, accounts, usable,
                        new AttemptGuard(stores.attemptLimiter(), subscriptions.perAddress()),
                        new AttemptGuard(stores.attemptLimiter(), subscriptions.perToken()), clock),
                new ResetSubscriptionService(links, persistence.auditTrail(), tx),
                new ResetCredentialsService(persistence.subscriptionTokens(), links, tx, new SecureRandom()),
                subscriptions.title(), subscriptions.updateIntervalHours(), settings.payments().publicUrl());
    }

    private static SubscriptionLinks subscriptionLinks(PersistenceAdapters persistence, Settings settings) {
        return new SubscriptionLinks(persistence.serverSecrets(), persistence.subscriptionTokens(),
                settings.payments().publicUrl(), new SecureRandom());
    }

    /** Every scheduled job, in the order each tick runs them; node-alerts only with ALERT_WEBHOOK_URL. */
    static List<ScheduledJob> scheduledJobs(PersistenceAdapters persistence, Settings settings, Clock clock) {
        ZoneId zone = settings.jobs().timezone();
        Optional<URI> webhook = settings.jobs().alertWebhook();
        List<ScheduledJob> jobs = new ArrayList<>(List.of(
                PlanJobs.trafficReset(persistence.planLifecycle(), zone),
                PlanJobs.expiry(persistence.planLifecycle(), settings.accounts().defaultClass()),
                PaymentJobs.orderExpiry(new CloseStaleOrdersService(persistence.topUpOrders(),
                        settings.payments().orderTtl(), clock)),
                NodeJobs.silence(persistence.nodeSilence(), settings.jobs().nodeDownAfter(),
                        webhook.map(url -> persistence.nodeAlerts()))));
        webhook.ifPresent(url -> jobs.add(NodeJobs.alerts(persistence.nodeAlerts(),
                new WebhookAlerts(url, settings.payments().publicUrl()), persistence.transactionRunner())));
        jobs.addAll(List.of(
                NodeJobs.trafficLog(persistence.trafficLog(), zone, settings.jobs().trafficLogDays()),
                UserJobs.expiredTokens(persistence.expiredTokens()),
                JobHistory.prune(persistence.jobLedger())));
        return List.copyOf(jobs);
    }

    /** Every job with its last and next run, read from the (migrated) database: {@code ./spanel jobs}. */
    public static List<ListJobs.JobStatus> listJobs(Settings settings, Clock clock) {
        return withDatabase(settings, persistence -> new ListJobsService(
                scheduledJobs(persistence, settings, clock), persistence.jobLedger(), clock).list());
    }

    /** What the /admin dashboard draws, and the review resolution. */
    static DashboardUseCases dashboardUseCases(PersistenceAdapters persistence, Clock clock) {
        DashboardQueries queries = persistence.dashboardQueries();
        return new DashboardUseCases(
                new ShowSalesService(queries, clock),
                new ShowUsageService(queries, clock),
                new ResolveReviewService(persistence.orderReviews(), persistence.auditTrail(), persistence.transactionRunner(),
                        clock));
    }

    /** Top-ups through the configured gateways, their notifications, and the DEBUG confirm when DEBUG is on. */
    static PaymentUseCases paymentUseCases(PersistenceAdapters persistence, Settings settings, PaymentMeter meter,
            Clock clock) {
        PaymentSettings payments = settings.payments();
        PaymentGateways gateways = PaymentAdapters.gateways(payments.epay(), payments.alipay(), payments.stripe(), clock);
        TopUpOrders orders = persistence.topUpOrders();
        TopUpCrediting crediting = new TopUpCrediting(orders, persistence.paymentEvents(), persistence.balances(),
                persistence.userAccounts(), persistence.commissions(), payments.commissionRate(),
                persistence.transactionRunner(), clock);
        return new PaymentUseCases(
                new CreateTopUpOrderService(orders, gateways, new PaymentUrls(payments.publicUrl()), payments.maxTopUp(),
                        new SecureRandom(), meter, clock),
                new HandlePaymentNotifyService(gateways, orders, crediting, meter),
                new ListTopUpOrdersService(orders),
                new ShowTopUpOrderService(orders),
                settings.debug() ? Optional.of(new ConfirmTopUpByHandService(orders, crediting)) : Optional.empty(),
                payments.publicUrl());
    }

    /**
     * The job runner, on one daemon thread: every tick it runs the boundaries that are due (claimed
     * in the database, so each runs on one instance only). A failed run is logged and retried on the
     * next tick; the other jobs run regardless.
     */
    private static ScheduledExecutorService startJobs(RunDueJobs runner) {
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spanel-jobs");
            thread.setDaemon(true);
            return thread;
        });
        jobs.scheduleWithFixedDelay(() -> {
            try {
                RunDueJobs.JobsRun run = runner.runDue();
                run.ran().forEach(r -> LOG.debug("job {} ran for {}: {}", r.job(), r.boundary(), r.outcome()));
                run.failed().forEach(f -> LOG.warn("job {} failed for {}; retrying in {} s", f.job(), f.boundary(),
                        JOB_TICK_SECONDS, f.error()));
            } catch (RuntimeException e) {
                LOG.warn("the job runner failed; retrying in {} s", JOB_TICK_SECONDS, e);
            }
        }, JOB_TICK_SECONDS, JOB_TICK_SECONDS, TimeUnit.SECONDS);
        return jobs;
    }

    /** The admin side of nodes: settings, keys, the monitoring overview and the audit rules. */
    static NodeAdminUseCases nodeAdminUseCases(PersistenceAdapters persistence, Stores stores, Clock clock) {
        NodeRegistry nodes = persistence.nodeRegistry();
        AuditTrail audit = persistence.auditTrail();
        TransactionRunner tx = persistence.transactionRunner();
        return new NodeAdminUseCases(
                new ListNodesService(nodes),
                new ShowNodeService(nodes),
                new CreateNodeService(nodes, audit, tx),
                new UpdateNodeService(nodes, audit, tx),
                new DeleteNodeService(nodes, audit, tx),
                new RotateNodeKeyService(nodes, audit, tx),
                new RotateServerKeyService(nodes, audit, tx),
                new ShowNodeStatusService(nodes, stores.nodeStatus(), clock),
                new ManageDetectRulesService(persistence.detectRules(), audit, tx));
    }

    /** The shop: packages, buying with the balance, the history, coupon quotes. */
    static ShopUseCases shopUseCases(PersistenceAdapters persistence, ZoneId zone, PurchaseMeter meter, Clock clock) {
        Products products = persistence.products();
        Coupons coupons = persistence.coupons();
        return new ShopUseCases(
                new ListPackagesService(products),
                new BuyPlanService(new BuyPlanService.Ports(products, coupons, persistence.couponRedemptions(),
                        persistence.buyers(), persistence.balances(), persistence.purchases()),
                        persistence.transactionRunner(), meter, clock, zone),
                new ListPurchasesService(persistence.purchases()),
                new CheckCouponService(products, coupons, persistence.couponRedemptions(), clock));
    }

    /**
     * Traffic reports are applied in batches, each on one ingest connection: half of them while the
     * batches are small (so reports arriving meanwhile make the next batch larger), all of them
     * while full batches wait (a storm of 1,000-user reports, whose statements wait on the disk as
     * much as on a core).
     */
    static NodeUseCases nodeUseCases(PersistenceAdapters persistence, PersistenceAdapters ingest, Stores stores,
            String muKey, TrafficMeter trafficMeter, Clock clock, int ingestPool) {
        NodeRegistry nodes = persistence.nodeRegistry();
        NodeStatusStore status = stores.nodeStatus();
        NodeGate gate = new NodeGate(nodes, muKey);
        return new NodeUseCases(
                new ListNodeUsersService(gate, persistence.nodeUserQuery(), status, clock),
                new ReportTrafficService(new NodeGate(ingest.nodeRegistry(), muKey), ingest.trafficLedger(),
                        ingest.transactionRunner(), trafficMeter, clock, Math.max(1, ingestPool / 2), ingestPool,
                        ErrorMapping::isDependencyDown),
                new ReportOnlineService(gate, status, persistence.onlineHistory(), clock),
                new ReportHeartbeatService(gate, nodes, status, clock),
                new ReportAliveIpsService(gate, status, clock),
                new GetNodeInfoService(gate, status, clock),
                new ListDetectRulesService(gate, persistence.detectRules()),
                new ReportDetectionsService(gate, persistence.detectRules(), clock),
                new VerifyNodeKeyService(gate));
    }

    /** Runs one command against the (migrated) database without serving: the CLI's commands. */
    public static <T> T withDatabase(Settings settings, Function<PersistenceAdapters, T> command) {
        try (HikariDataSource dataSource = DataSources.open(settings.database(), 2, settings.dataDir())) {
            migrate(dataSource);
            return command.apply(PersistenceAdapters.on(dataSource, settings.database()));
        }
    }

    /**
     * Registration, log-in and the user's own account: ./spanel serve. Reset links are mailed on
     * {@code mail}, off the request path; without SMTP_URL there are none, nor with a check-in bonus of 0 a check-in.
     */
    private static AccountUseCases accountUseCases(PersistenceAdapters persistence, Stores stores, Settings all,
            Executor mail, Clock clock) {
        AccountSettings settings = all.accounts();
        UserAccounts accounts = persistence.userAccounts();
        AccessTokens tokens = persistence.accessTokens();
        AttemptGuard guard = new AttemptGuard(stores.attemptLimiter(), settings.loginLimit());
        PasswordHasher hasher = persistence.passwordHasher();
        TransactionRunner tx = persistence.transactionRunner();
        Passwords passwords = new Passwords(accounts, tokens, persistence.passwordResets(), hasher, tx);
        Optional<AccountUseCases.ResetByMail> resetByMail = all.mail().map(config -> new AccountUseCases.ResetByMail(
                new RequestPasswordResetService(accounts, persistence.passwordResets(), new SmtpMailer(config, clock),
                        new ResetLinks(all.payments().publicUrl(), HttpApi.RESET_PAGE), guard, mail, new SecureRandom(), clock),
                new ResetPasswordService(persistence.passwordResets(), passwords, tx, clock)));
        Optional<CheckIn> checkIn = settings.checkinBonus().enabled()
                ? Optional.of(new CheckInService(persistence.checkins(), accounts, settings.checkinBonus(), all.jobs().timezone(), tx,
                        new SecureRandom(), clock))
                : Optional.empty();
        return new AccountUseCases(
                new RegisterUserService(accounts, newAccounts(persistence, hasher, settings, clock), guard),
                new LogInService(accounts, tokens, hasher,
                        new LogInLimits(stores.attemptLimiter(), settings.loginLimit(), persistence.knownAddresses()),
                        new DeviceCookies(persistence.serverSecrets(), new SecureRandom()),
                        settings.tokenLifetime(), tx, new SecureRandom(), clock),
                new LogOutService(tokens),
                new AuthenticateService(tokens, clock),
                new ShowUserInfoService(accounts, subscriptionLinks(persistence, all)),
                new ChangePasswordService(accounts, hasher, passwords, guard),
                resetByMail,
                checkIn);
    }

    /** One daemon thread that sends mail in order. */
    private static ExecutorService mailQueue() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spanel-mail");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs tasks on the queue; a mail that fails is logged (without its link) and dropped. */
    private static Executor loggingFailures(ExecutorService queue) {
        return task -> queue.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("sending a password-reset mail failed: {}", e.getMessage());
            }
        });
    }

    /** The admin routes (nodes aside). */
    private static AdminUseCases adminUseCases(PersistenceAdapters persistence) {
        TransactionRunner tx = persistence.transactionRunner();
        AuditTrail audit = persistence.auditTrail();
        Products products = persistence.products();
        Coupons coupons = persistence.coupons();
        return new AdminUseCases(
                new ListUsersService(persistence.userDirectory()),
                new ShowUserService(persistence.userAccounts()),
                new SetUserBanService(persistence.userDirectory(), persistence.accessTokens(), audit, tx),
                new AdjustBalanceService(persistence.balances(), persistence.userAccounts(), audit, tx),
                new ListOrdersService(persistence.topUpOrderQueries()),
                new ListProductsService(products),
                new CreateProductService(products, audit, tx),
                new UpdateProductService(products, audit, tx),
                new DisableProductService(products, audit, tx),
                new ListCouponsService(coupons),
                new CreateCouponService(coupons, products, audit, tx),
                new UpdateCouponService(coupons, products, audit, tx),
                new DisableCouponService(coupons, products, audit, tx),
                new UpdateUserService(persistence.userDirectory(), persistence.userAccounts(), audit, tx));
    }

    private static NewAccounts newAccounts(PersistenceAdapters persistence, PasswordHasher hasher, AccountSettings settings,
            Clock clock) {
        return new NewAccounts(persistence.userAccounts(), hasher, persistence.transactionRunner(),
                settings.defaults(), settings.ports(), new SecureRandom(), clock);
    }

    /** Migrates, then creates one account: {@code ./spanel user create}. */
    public static CreateUser.UserCreated createUser(Settings settings, CreateUser.Command command) {
        return withDatabase(settings, persistence -> new CreateUserService(
                newAccounts(persistence, persistence.passwordHasher(), settings.accounts(), Clock.systemUTC()),
                persistence.balances(), persistence.transactionRunner()).create(command));
    }

    /** Migrates, then sets one account's password and revokes its tokens: {@code ./spanel user passwd}. */
    public static PasswordChanged setPassword(Settings settings, SetPassword.Command command) {
        return withDatabase(settings, persistence -> new SetPasswordService(persistence.userAccounts(),
                new Passwords(persistence.userAccounts(), persistence.accessTokens(), persistence.passwordResets(),
                        persistence.passwordHasher(), persistence.transactionRunner())).set(command));
    }

    /** Migrates, then lifts one account's log-in limits: {@code ./spanel user unlock}. */
    public static UserId unlockLogIns(Settings settings, UnlockLogIns.Command command) {
        return withDatabase(settings, persistence -> new UnlockLogInsService(persistence.userAccounts()).unlock(command));
    }

    /** Applies pending migrations and exits: {@code ./spanel migrate}. */
    public static int migrateOnly(Settings settings) {
        try (HikariDataSource dataSource = DataSources.open(settings.database(), 2, settings.dataDir())) {
            return migrate(dataSource);
        }
    }

    public int port() {
        return http.port();
    }

    /** Every HTTP route served, method and path template ("POST /app/api/v0/admin/users/{id}/ban"): for tests. */
    List<Route> routes() {
        return http.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(entry -> entry.endpoint.method.isHttpMethod())
                .map(entry -> new Route(entry.endpoint.method.name(), entry.endpoint.path))
                .toList();
    }

    record Route(String method, String path) {
    }

    /** One tick of the job runner, here and now, as the runner's thread does every JOB_TICK_SECONDS (tests move the clock, then call it). */
    RunDueJobs.JobsRun runDueJobs() {
        return jobRunner.runDue();
    }

    @Override
    public void close() {
        LOG.info("stopping: finishing requests in flight");
        http.stop();
        jobs.shutdownNow();
        mail.shutdown();
        try {
            // A reset link already asked for still goes out, unless the mail server takes too long.
            if (!mail.awaitTermination(STOP_MAIL_SECONDS, TimeUnit.SECONDS)) {
                mail.shutdownNow();
            }
        } catch (InterruptedException e) {
            mail.shutdownNow();
            Thread.currentThread().interrupt();
        }
        stores.close();
        ingestDataSource.close();
        dataSource.close();
        metrics.close();
        LOG.info("stopped");
    }

    private static int migrate(HikariDataSource dataSource) {
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

    /** DEBUG is for development only; a production instance started with it must not go unnoticed. */
    private static void warnDebug() {
        String line = "*".repeat(78);
        LOG.warn(line);
        LOG.warn("* DEBUG=true: POST /app/api/v0/payment/debug/confirm marks orders paid by hand, and the MU_KEY");
        LOG.warn("* strength check is off. Never run a production panel like this; /health says \"debug\":true.");
        LOG.warn(line);
    }

    private static Stores openStores(Settings settings, Clock clock) {
        if (settings.redisUrl().isEmpty()) {
            return new InMemoryStores(clock);
        }
        RedisStores redis;
        try {
            redis = RedisStores.connect(settings.redisUrl().get(), settings.redisKeyPrefix(), settings.databasePoolSize() * 2,
                    clock);
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal(e.getMessage());
        }
        try {
            redis.requireAnswer();
        } catch (IllegalStateException e) {
            redis.close();
            throw new StartupRefusal("Redis does not answer at the configured REDIS_URL (" + e.getMessage()
                    + "): start it, fix REDIS_URL, or unset REDIS_URL to use the in-process store", e);
        }
        return redis;
    }

    private static void startHttp(Javalin http, Settings settings) {
        try {
            http.start();
        } catch (RuntimeException e) {
            throw new StartupRefusal("cannot listen on " + settings.httpHost() + ":" + settings.httpPort() + ": "
                    + DataSources.rootMessage(e) + " (set HTTP_PORT or HTTP_HOST)", e);
        }
    }
}
