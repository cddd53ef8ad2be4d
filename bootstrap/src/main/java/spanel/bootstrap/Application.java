package spanel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
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
import spanel.adapter.http.user.AccountUseCases;
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
import spanel.application.admin.SetUserBanService;
import spanel.application.admin.ShowUserService;
import spanel.application.admin.port.in.CreateUserCommand;
import spanel.application.admin.port.in.UserCreated;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.health.CheckHealthService;
import spanel.application.node.CreateNodeService;
import spanel.application.node.DeleteNodeService;
import spanel.application.node.GetNodeInfoService;
import spanel.application.node.ListDetectRulesService;
import spanel.application.node.ListNodeUsersService;
import spanel.application.node.ListNodesService;
import spanel.application.node.ManageDetectRulesService;
import spanel.application.node.NodeGate;
import spanel.application.node.ReportAliveIpsService;
import spanel.application.node.ReportDetectionsService;
import spanel.application.node.ReportHeartbeatService;
import spanel.application.node.ReportOnlineService;
import spanel.application.dashboard.ResolveReviewService;
import spanel.application.dashboard.ShowSalesService;
import spanel.application.dashboard.ShowUsageService;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.RotateNodeKeyService;
import spanel.application.node.RotateServerKeyService;
import spanel.application.node.ShowNodeService;
import spanel.application.node.ShowNodeStatusService;
import spanel.application.node.UpdateNodeService;
import spanel.application.node.VerifyNodeKeyService;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.payment.CloseStaleOrdersService;
import spanel.application.payment.ConfirmTopUpByHandService;
import spanel.application.payment.CreateTopUpOrderService;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.ListTopUpOrdersService;
import spanel.application.payment.PaymentUrls;
import spanel.application.payment.ShowTopUpOrderService;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.port.in.CloseStaleOrders;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.TopUpOrders;
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
import spanel.application.user.AttemptGuard;
import spanel.application.user.AuthenticateService;
import spanel.application.user.LogInService;
import spanel.application.user.LogOutService;
import spanel.application.user.NewAccounts;
import spanel.application.user.RegisterUserService;
import spanel.application.user.ShowUserInfoService;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.UserAccounts;
import spanel.bootstrap.config.AccountSettings;
import spanel.bootstrap.config.MuKeyFile;
import spanel.bootstrap.config.PaymentSettings;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;

/**
 * The assembled service: every adapter built by hand and handed the ports it serves. Closing it
 * stops accepting requests, lets those in flight finish, then closes the pools.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final HikariDataSource dataSource;
    private final Stores stores;
    private final Javalin http;
    private final ScheduledExecutorService jobs;

    private Application(HikariDataSource dataSource, Stores stores, Javalin http, ScheduledExecutorService jobs) {
        this.dataSource = dataSource;
        this.stores = stores;
        this.http = http;
        this.jobs = jobs;
    }

    /** How often unpaid orders past ORDER_TTL are looked for. */
    static final long ORDER_SWEEP_SECONDS = 60;

    /** Connects, migrates and serves; any failure on the way closes what was opened and is a {@link StartupRefusal}. */
    public static Application start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** As {@link #start(Settings)}, with the clock that tokens and in-process limits go by (tests move it). */
    static Application start(Settings settings, Clock clock) {
        Stores stores = openStores(settings, clock);
        HikariDataSource dataSource = null;
        try {
            String muKey = MuKeyFile.resolve(settings.muKey(), settings.dataDir());
            dataSource = DataSources.open(settings.database(), settings.databasePoolSize(), settings.dataDir());
            migrate(dataSource);
            PersistenceAdapters persistence = PersistenceAdapters.on(dataSource, settings.database());
            Javalin http = HttpApi.create(
                    new HttpSettings(settings.httpHost(), settings.httpPort(), HttpSettings.DEFAULT_MAX_BODY_BYTES,
                            settings.nodeReportMax(), settings.trustedProxies()),
                    useCases(persistence, stores, settings, muKey, clock));
            startHttp(http, settings);
            ScheduledExecutorService jobs = startJobs(
                    new CloseStaleOrdersService(persistence.topUpOrderBook(), settings.payments().orderTtl(), clock));
            LOG.info("spanel serves on http://{}:{} ({}, store {})", settings.httpHost(), http.port(),
                    settings.database().isEmbedded() ? "embedded database in " + settings.dataDir() : "PostgreSQL",
                    settings.redisUrl().isPresent() ? "Redis" : "in-process");
            return new Application(dataSource, stores, http, jobs);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            stores.close();
            throw e;
        }
    }

    /** Every use case, built by hand on its adapters. */
    static HttpApi.UseCases useCases(PersistenceAdapters persistence, Stores stores, Settings settings, String muKey,
            Clock clock) {
        return new HttpApi.UseCases(
                new CheckHealthService(persistence.databaseProbe(), stores.probe()),
                accountUseCases(persistence, stores, settings.accounts(), clock),
                adminUseCases(persistence),
                nodeUseCases(persistence, stores, muKey, clock),
                nodeAdminUseCases(persistence, stores, clock),
                shopUseCases(persistence, clock),
                paymentUseCases(persistence, settings, clock),
                dashboardUseCases(persistence, clock));
    }

    /** What the /admin dashboard draws, and the review resolution. */
    static DashboardUseCases dashboardUseCases(PersistenceAdapters persistence, Clock clock) {
        DashboardQueries queries = persistence.dashboardQueries();
        return new DashboardUseCases(
                new ShowSalesService(queries, clock),
                new ShowUsageService(queries, clock),
                new ResolveReviewService(persistence.orderReviews(), persistence.auditTrail(), persistence.transactions(),
                        clock));
    }

    /** Top-ups through the configured gateways, their notifications, and the DEBUG confirm when DEBUG is on. */
    static PaymentUseCases paymentUseCases(PersistenceAdapters persistence, Settings settings, Clock clock) {
        PaymentSettings payments = settings.payments();
        PaymentGateways gateways = PaymentAdapters.gateways(payments.epay(), payments.alipay(), payments.stripe(), clock);
        TopUpOrders orders = persistence.topUpOrderBook();
        TopUpCrediting crediting = new TopUpCrediting(orders, persistence.paymentEvents(), persistence.balances(),
                persistence.userAccounts(), persistence.commissions(), payments.commissionRate(),
                persistence.transactions(), clock);
        return new PaymentUseCases(
                new CreateTopUpOrderService(orders, gateways, new PaymentUrls(payments.publicUrl()), payments.maxTopUp(),
                        new SecureRandom(), clock),
                new HandlePaymentNotifyService(gateways, orders, crediting),
                new ListTopUpOrdersService(orders),
                new ShowTopUpOrderService(orders),
                settings.debug() ? Optional.of(new ConfirmTopUpByHandService(orders, crediting)) : Optional.empty(),
                payments.publicUrl());
    }

    /** The order-expiry job, on one daemon thread; a failed run is logged and the next one runs as planned. */
    private static ScheduledExecutorService startJobs(CloseStaleOrders closeStaleOrders) {
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spanel-order-expiry");
            thread.setDaemon(true);
            return thread;
        });
        jobs.scheduleWithFixedDelay(() -> {
            try {
                int closed = closeStaleOrders.close().count();
                if (closed > 0) {
                    LOG.info("closed {} unpaid order(s) past ORDER_TTL", closed);
                }
            } catch (RuntimeException e) {
                LOG.warn("closing stale orders failed; retrying in {} s: {}", ORDER_SWEEP_SECONDS, e.toString());
            }
        }, ORDER_SWEEP_SECONDS, ORDER_SWEEP_SECONDS, TimeUnit.SECONDS);
        return jobs;
    }

    /** The admin side of nodes: settings, keys, the monitoring overview and the audit rules. */
    static NodeAdminUseCases nodeAdminUseCases(PersistenceAdapters persistence, Stores stores, Clock clock) {
        NodeRegistry nodes = persistence.nodeRegistry();
        AuditTrail audit = persistence.auditTrail();
        TransactionRunner tx = persistence.transactions();
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
    static ShopUseCases shopUseCases(PersistenceAdapters persistence, Clock clock) {
        Products products = persistence.products();
        Coupons coupons = persistence.coupons();
        return new ShopUseCases(
                new ListPackagesService(products),
                new BuyPlanService(new BuyPlanService.Ports(products, coupons, persistence.couponRedemptions(),
                        persistence.buyers(), persistence.balances(), persistence.purchases()),
                        persistence.transactions(), clock),
                new ListPurchasesService(persistence.purchases()),
                new CheckCouponService(products, coupons, persistence.couponRedemptions(), clock));
    }

    static NodeUseCases nodeUseCases(PersistenceAdapters persistence, Stores stores, String muKey, Clock clock) {
        NodeRegistry nodes = persistence.nodeRegistry();
        NodeStatusStore status = stores.nodeStatus();
        NodeGate gate = new NodeGate(nodes, muKey);
        return new NodeUseCases(
                new ListNodeUsersService(gate, nodes, persistence.nodeUsers(), status, clock),
                new ReportTrafficService(gate, persistence.trafficLedger(), persistence.transactions(), clock),
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

    /** Registration, log-in and the user's own account: ./spanel serve. */
    private static AccountUseCases accountUseCases(PersistenceAdapters persistence, Stores stores, AccountSettings settings,
            Clock clock) {
        UserAccounts accounts = persistence.userAccounts();
        AccessTokens tokens = persistence.accessTokens();
        AttemptGuard guard = new AttemptGuard(stores.attemptLimiter(), settings.loginLimit());
        PasswordHasher hasher = persistence.passwordHasher();
        return new AccountUseCases(
                new RegisterUserService(accounts, newAccounts(persistence, hasher, settings, clock), guard),
                new LogInService(accounts, tokens, hasher, guard, settings.tokenLifetime(),
                        persistence.transactions(), new SecureRandom(), clock),
                new LogOutService(tokens),
                new AuthenticateService(tokens, clock),
                new ShowUserInfoService(accounts));
    }

    /** The admin routes (nodes aside). */
    private static AdminUseCases adminUseCases(PersistenceAdapters persistence) {
        TransactionRunner tx = persistence.transactions();
        AuditTrail audit = persistence.auditTrail();
        Products products = persistence.products();
        Coupons coupons = persistence.coupons();
        return new AdminUseCases(
                new ListUsersService(persistence.userDirectory()),
                new ShowUserService(persistence.userAccounts()),
                new SetUserBanService(persistence.userDirectory(), audit, tx),
                new AdjustBalanceService(persistence.balances(), persistence.userAccounts(), audit, tx),
                new ListOrdersService(persistence.topUpOrders()),
                new ListProductsService(products),
                new CreateProductService(products, audit, tx),
                new UpdateProductService(products, audit, tx),
                new DisableProductService(products, audit, tx),
                new ListCouponsService(coupons),
                new CreateCouponService(coupons, products, audit, tx),
                new UpdateCouponService(coupons, products, audit, tx),
                new DisableCouponService(coupons, products, audit, tx));
    }

    private static NewAccounts newAccounts(PersistenceAdapters persistence, PasswordHasher hasher, AccountSettings settings,
            Clock clock) {
        return new NewAccounts(persistence.userAccounts(), hasher, persistence.transactions(),
                settings.defaults(), settings.ports(), new SecureRandom(), clock);
    }

    /** Migrates, then creates one account: {@code ./spanel user create}. */
    public static UserCreated createUser(Settings settings, CreateUserCommand command) {
        return withDatabase(settings, persistence -> new CreateUserService(
                newAccounts(persistence, persistence.passwordHasher(), settings.accounts(), Clock.systemUTC()),
                persistence.balances(), persistence.transactions()).create(command));
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

    @Override
    public void close() {
        LOG.info("stopping: finishing requests in flight");
        http.stop();
        jobs.shutdownNow();
        stores.close();
        dataSource.close();
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

    private static Stores openStores(Settings settings, Clock clock) {
        if (settings.redisUrl().isEmpty()) {
            return new InMemoryStores(clock);
        }
        RedisStores redis;
        try {
            redis = RedisStores.connect(settings.redisUrl().get(), settings.redisKeyPrefix(), settings.databasePoolSize() * 2);
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
