package spanel.adapter.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import spanel.adapter.http.admin.AdjustBalanceHandler;
import spanel.adapter.http.admin.AdminUseCases;
import spanel.adapter.http.admin.CreateCouponHandler;
import spanel.adapter.http.admin.CreateProductHandler;
import spanel.adapter.http.admin.DashboardAssetHandler;
import spanel.adapter.http.admin.DashboardHandler;
import spanel.adapter.http.admin.DashboardHandlers;
import spanel.adapter.http.admin.DashboardUseCases;
import spanel.adapter.http.admin.DetectRuleAdminHandlers;
import spanel.adapter.http.admin.DisableCouponHandler;
import spanel.adapter.http.admin.DisableProductHandler;
import spanel.adapter.http.admin.ListCouponsHandler;
import spanel.adapter.http.admin.ListOrdersHandler;
import spanel.adapter.http.admin.ListProductsHandler;
import spanel.adapter.http.admin.ListUsersHandler;
import spanel.adapter.http.admin.NodeAdminHandlers;
import spanel.adapter.http.admin.NodeAdminUseCases;
import spanel.adapter.http.admin.ResetUserSubscriptionHandler;
import spanel.adapter.http.admin.SetUserBanHandler;
import spanel.adapter.http.admin.ShowUserHandler;
import spanel.adapter.http.admin.UpdateCouponHandler;
import spanel.adapter.http.admin.UpdateProductHandler;
import spanel.adapter.http.admin.UpdateUserHandler;
import spanel.adapter.http.health.HealthHandler;
import spanel.adapter.http.metrics.MetricsHandler;
import spanel.adapter.http.metrics.RequestMetrics;
import spanel.adapter.http.modmu.ModMuAliveIpHandler;
import spanel.adapter.http.modmu.ModMuDetectLogHandler;
import spanel.adapter.http.modmu.ModMuDetectRulesHandler;
import spanel.adapter.http.modmu.ModMuNodeInfoHandler;
import spanel.adapter.http.modmu.ModMuNodeStatusHandler;
import spanel.adapter.http.modmu.ModMuPingHandler;
import spanel.adapter.http.modmu.ModMuTrafficHandler;
import spanel.adapter.http.modmu.ModMuUsersHandler;
import spanel.adapter.http.node.NodeAliveIpHandler;
import spanel.adapter.http.node.NodeHeartbeatHandler;
import spanel.adapter.http.node.NodeInfoHandler;
import spanel.adapter.http.node.NodeOnlineHandler;
import spanel.adapter.http.node.NodeTrafficHandler;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.node.NodeUsersHandler;
import spanel.adapter.http.openapi.OpenApiHandler;
import spanel.adapter.http.payment.ConfirmTopUpHandler;
import spanel.adapter.http.payment.CreateTopUpHandler;
import spanel.adapter.http.payment.ListTopUpOrdersHandler;
import spanel.adapter.http.payment.PaymentNotifyHandler;
import spanel.adapter.http.payment.PaymentReturnHandler;
import spanel.adapter.http.payment.PaymentUseCases;
import spanel.adapter.http.payment.ShowTopUpOrderHandler;
import spanel.adapter.http.shop.BuyPlanHandler;
import spanel.adapter.http.shop.CheckCouponHandler;
import spanel.adapter.http.shop.ListPackagesHandler;
import spanel.adapter.http.shop.ListPurchasesHandler;
import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.http.subscription.SubscriptionHandler;
import spanel.adapter.http.subscription.SubscriptionUseCases;
import spanel.adapter.http.support.Admission;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.ErrorMapping;
import spanel.adapter.http.support.HeadDeadline;
import spanel.adapter.http.support.JettyRefusals;
import spanel.adapter.http.support.Json;
import spanel.adapter.http.support.RequestText;
import spanel.adapter.http.uniproxy.UniProxyAliveHandler;
import spanel.adapter.http.uniproxy.UniProxyAliveListHandler;
import spanel.adapter.http.uniproxy.UniProxyConfigHandler;
import spanel.adapter.http.uniproxy.UniProxyPushHandler;
import spanel.adapter.http.uniproxy.UniProxyUserHandler;
import spanel.adapter.http.user.AccountUseCases;
import spanel.adapter.http.user.BearerAuthHandler;
import spanel.adapter.http.user.ChangePasswordHandler;
import spanel.adapter.http.user.CheckInHandler;
import spanel.adapter.http.user.LogInHandler;
import spanel.adapter.http.user.LogOutHandler;
import spanel.adapter.http.user.RegisterHandler;
import spanel.adapter.http.user.RequestPasswordResetHandler;
import spanel.adapter.http.user.ResetCredentialsHandler;
import spanel.adapter.http.user.ResetPageHandler;
import spanel.adapter.http.user.ResetPasswordHandler;
import spanel.adapter.http.user.ResetSubscriptionHandler;
import spanel.adapter.http.user.UserInfoHandler;
import spanel.adapter.http.user.UserNodesHandler;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.node.port.in.CountNodeStates;

/**
 * Builds the HTTP API from the use cases it serves: the route table and the error mapping, in one
 * place. Handlers run on virtual threads, one request per thread, which the transaction provider needs.
 */
public final class HttpApi {

    /** The incoming ports the routes call. */
    public record UseCases(CheckHealth checkHealth, AccountUseCases accounts, AdminUseCases admin, NodeUseCases nodes,
            NodeAdminUseCases nodeAdmin, ShopUseCases shop, PaymentUseCases payments, SubscriptionUseCases subscriptions,
            CountNodeStates nodeStates, DashboardUseCases dashboard) {
    }

    private static final String API = "/app/api/v0";
    /** The page a password-reset link opens; bootstrap hands it to the mailing use case. */
    public static final String RESET_PAGE = "/reset-password";

    /** How long a stop waits for requests already running. */
    public static final long STOP_TIMEOUT_MILLIS = 10_000;

    /** Connections the kernel may hold for Jetty to accept (capped by net.core.somaxconn). */
    static final int ACCEPT_QUEUE = 1024;

    /**
     * How long a traffic report may wait for its turn before it is refused with 503: with the pool's
     * one-second wait for a connection after it, a report is answered within three seconds even
     * while the database does not answer, inside the 5 s XrayR waits for an answer.
     * A storm's line is as long as this lets in (see {@link Admission}), up to 16 reports a place.
     */
    static final java.time.Duration INGEST_MAX_WAIT = java.time.Duration.ofSeconds(2);

    /** The site name node backends are told (mod_mu node info "type"). */
    static final String SITE_NAME = "spanel";


    private HttpApi() {
    }

    /** With a registry of its own, read only by its /metrics. */
    public static Javalin create(HttpSettings settings, UseCases useCases) {
        return create(settings, useCases, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Requests are recorded into {@code registry}, and /metrics serves all of it. */
    public static Javalin create(HttpSettings settings, UseCases useCases, PrometheusMeterRegistry registry) {
        return Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // On stop, Jetty stops accepting and lets requests in flight finish for up to this long.
            config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MILLIS));
            // What Jetty refuses before any route runs (431, 414, a malformed head) is answered in the envelope too.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyRefusals()));
            // A storm of nodes connecting at once waits in the kernel's accept queue instead of being reset.
            config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (var connector : server.getConnectors()) {
                        if (connector instanceof ServerConnector serverConnector) {
                            serverConnector.setAcceptQueueSize(ACCEPT_QUEUE);
                            HeadDeadline.install(serverConnector, settings.headDeadline());
                        }
                    }
                }
            }));
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            // Large user lists go out gzipped to clients that accept it (Go's HTTP client does).
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));

            ErrorMapping.register(config.routes);
            RequestMetrics metrics = new RequestMetrics(registry);
            config.routes.before(metrics::start);
            config.routes.before(ctx -> Callers.resolveAddress(ctx, settings.trustedProxies(), settings.ipv6LimitPrefix()));
            config.routes.after(metrics::finish);
            // Refuse an oversized body before any handler runs, even on a route that never reads it.
            config.routes.before(ctx -> {
                if (ctx.contentLength() > settings.maxBodyBytes()) {
                    throw new ContentTooLargeResponse();
                }
            });
            // No text the API reads may hold a NUL character (PostgreSQL refuses to store one).
            config.routes.before(RequestText::refuseNul);
            // Traffic reports, on every wire format, share one admission: a storm of them waits or is
            // refused with 503 + Retry-After, and never takes the CPU and connections of the other routes.
            // The node routes come first: a request is matched against the routes in the order they
            // are registered, and nodes send most of the requests.
            Admission ingest = new Admission(settings.ingestConcurrency(), settings.ingestConcurrency() * 16,
                    INGEST_MAX_WAIT, 1, 30, settings.maxBodyBytes());
            nodeRoutes(config.routes, settings, useCases.nodes(), ingest);
            modMuRoutes(config.routes, settings, useCases.nodes(), ingest);
            uniProxyRoutes(config.routes, settings, useCases.nodes(), ingest);
            config.routes.get("/health", new HealthHandler(useCases.checkHealth()));
            config.routes.get("/metrics", new MetricsHandler(registry, useCases.checkHealth(), useCases.nodeStates()));
            config.routes.get("/openapi.json", new OpenApiHandler());

            AccountUseCases accounts = useCases.accounts();
            // Every route below /user and /admin, and logout, needs a token; /admin also needs is_admin.
            // Both are checked against the database on every request.
            config.routes.before(API + "/user/*", BearerAuthHandler.anyUser(accounts.authenticate()));
            config.routes.before(API + "/auth/logout", BearerAuthHandler.anyUser(accounts.authenticate()));
            config.routes.before(API + "/admin/*", BearerAuthHandler.adminsOnly(accounts.authenticate()));
            config.routes.post(API + "/auth/register", new RegisterHandler(accounts.register()));
            config.routes.post(API + "/auth/login", new LogInHandler(accounts.logIn()));
            config.routes.post(API + "/auth/logout", new LogOutHandler(accounts.logOut()));
            config.routes.get(API + "/user/info", new UserInfoHandler(accounts.showUserInfo()));
            config.routes.post(API + "/user/password", new ChangePasswordHandler(accounts.changePassword()));
            // Without a mail server, or with the check-in bonus at 0, these routes are not there: 404.
            accounts.resetByMail().ifPresent(resets -> {
                config.routes.post(API + "/auth/forgot", new RequestPasswordResetHandler(resets.request()));
                config.routes.post(API + "/auth/reset", new ResetPasswordHandler(resets.reset()));
                config.routes.get(RESET_PAGE, new ResetPageHandler());
            });
            accounts.checkIn().ifPresent(checkIn -> config.routes.post(API + "/user/checkin", new CheckInHandler(checkIn)));

            ShopUseCases shop = useCases.shop();
            config.routes.get(API + "/user/shop", new ListPackagesHandler(shop.listPackages()));
            config.routes.post(API + "/user/buy", new BuyPlanHandler(shop.buyPlan()));
            config.routes.get(API + "/user/bought", new ListPurchasesHandler(shop.listPurchases()));
            config.routes.get(API + "/user/coupon", new CheckCouponHandler(shop.checkCoupon()));

            AdminUseCases admin = useCases.admin();
            config.routes.get(API + "/admin/users", new ListUsersHandler(admin.listUsers()));
            config.routes.get(API + "/admin/users/{id}", new ShowUserHandler(admin.showUser()));
            config.routes.put(API + "/admin/users/{id}", new UpdateUserHandler(admin.updateUser()));
            config.routes.post(API + "/admin/users/{id}/ban", SetUserBanHandler.ban(admin.setUserBan()));
            config.routes.post(API + "/admin/users/{id}/unban", SetUserBanHandler.unban(admin.setUserBan()));
            config.routes.post(API + "/admin/users/{id}/balance", new AdjustBalanceHandler(admin.adjustBalance()));
            config.routes.get(API + "/admin/orders", new ListOrdersHandler(admin.listOrders()));
            config.routes.get(API + "/admin/products", new ListProductsHandler(admin.listProducts()));
            config.routes.post(API + "/admin/products", new CreateProductHandler(admin.createProduct()));
            config.routes.put(API + "/admin/products/{id}", new UpdateProductHandler(admin.updateProduct()));
            config.routes.delete(API + "/admin/products/{id}", new DisableProductHandler(admin.disableProduct()));
            config.routes.get(API + "/admin/coupons", new ListCouponsHandler(admin.listCoupons()));
            config.routes.post(API + "/admin/coupons", new CreateCouponHandler(admin.createCoupon()));
            config.routes.put(API + "/admin/coupons/{id}", new UpdateCouponHandler(admin.updateCoupon()));
            config.routes.delete(API + "/admin/coupons/{id}", new DisableCouponHandler(admin.disableCoupon()));

            nodeAdminRoutes(config.routes, useCases.nodeAdmin());
            dashboardRoutes(config.routes, useCases.dashboard());
            paymentRoutes(config.routes, accounts, useCases.payments());
            subscriptionRoutes(config.routes, useCases.subscriptions());
        });
    }

    /**
     * The user's nodes and subscription links (behind the user check already), the admin's
     * rotation (behind the admin check), and the public subscription fetch, whose token is the
     * credential: routes are counted by template, and errors logged with the token masked.
     */
    private static void subscriptionRoutes(RoutesConfig routes, SubscriptionUseCases useCases) {
        routes.get(API + "/user/nodes", new UserNodesHandler(useCases.listUserNodes()));
        routes.post(API + "/user/subscription/reset", new ResetSubscriptionHandler(useCases.reset()));
        routes.post(API + "/user/credentials/reset", new ResetCredentialsHandler(useCases.resetCredentials()));
        routes.post(API + "/admin/users/{id}/subscription/reset", new ResetUserSubscriptionHandler(useCases.reset()));
        routes.before("/sub/*", SubscriptionHandler::noStore);
        SubscriptionHandler subscription = new SubscriptionHandler(useCases);
        for (String path : new String[] {"/sub/{token}", "/sub/{token}/{subtype}"}) {
            routes.get(path, subscription);
            routes.head(path, subscription);
        }
    }

    /**
     * Payments (docs/API.md, Payments). A user's own routes need a token; the gateways' notify and the user's
     * return stay public. The DEBUG confirm is not registered at all when DEBUG is off, so it is a
     * 404 exactly like a route that does not exist, before any authentication.
     */
    private static void paymentRoutes(RoutesConfig routes, AccountUseCases accounts, PaymentUseCases useCases) {
        String payment = API + "/payment";
        routes.before(payment + "/create", BearerAuthHandler.anyUser(accounts.authenticate()));
        routes.before(payment + "/orders", BearerAuthHandler.anyUser(accounts.authenticate()));
        routes.before(payment + "/status/*", BearerAuthHandler.anyUser(accounts.authenticate()));
        routes.post(payment + "/create", new CreateTopUpHandler(useCases.create()));
        routes.get(payment + "/orders", new ListTopUpOrdersHandler(useCases.list()));
        routes.get(payment + "/status/{order_id}", new ShowTopUpOrderHandler(useCases.show()));
        PaymentNotifyHandler notify = new PaymentNotifyHandler(useCases.handleNotify());
        routes.get(payment + "/notify/{gateway}", notify);
        routes.post(payment + "/notify/{gateway}", notify);
        routes.get(payment + "/return/{gateway}", new PaymentReturnHandler(useCases.returnTo()));
        useCases.debugConfirm().ifPresent(confirm -> {
            routes.before(payment + "/debug/confirm", BearerAuthHandler.anyUser(accounts.authenticate()));
            routes.post(payment + "/debug/confirm", new ConfirmTopUpHandler(confirm));
        });
    }

    /** The /admin page, its chart library, and the JSON it draws (docs/API.md, Dashboard). */
    private static void dashboardRoutes(RoutesConfig routes, DashboardUseCases useCases) {
        routes.get("/admin", new DashboardHandler());
        routes.get("/admin/assets/{file}", new DashboardAssetHandler());
        DashboardHandlers dashboard = new DashboardHandlers(useCases);
        routes.get(API + "/admin/dashboard/sales", dashboard::sales);
        routes.get(API + "/admin/dashboard/usage", dashboard::usage);
        routes.post(API + "/admin/orders/{id}/resolve-review", dashboard::resolveReview);
    }

    /** Node administration (docs/API.md, Administration); /admin/* is already behind the admin check. */
    private static void nodeAdminRoutes(RoutesConfig routes, NodeAdminUseCases useCases) {
        NodeAdminHandlers nodes = new NodeAdminHandlers(useCases);
        routes.get(API + "/admin/nodes", nodes::list);
        routes.post(API + "/admin/nodes", nodes::create);
        // Registered before /nodes/{id}, which would otherwise take "status" for an id.
        routes.get(API + "/admin/nodes/status", nodes::status);
        routes.get(API + "/admin/nodes/{id}", nodes::show);
        routes.put(API + "/admin/nodes/{id}", nodes::update);
        routes.delete(API + "/admin/nodes/{id}", nodes::delete);
        routes.post(API + "/admin/nodes/{id}/rotate-key", nodes::rotateKey);
        routes.post(API + "/admin/nodes/{id}/rotate-server-key", nodes::rotateServerKey);
        DetectRuleAdminHandlers rules = new DetectRuleAdminHandlers(useCases.detectRules());
        routes.get(API + "/admin/detect-rules", rules::list);
        routes.post(API + "/admin/detect-rules", rules::add);
        routes.delete(API + "/admin/detect-rules/{id}", rules::remove);
    }

    /** The panel's own node API (docs/API.md, /app/api/v0/node). */
    private static void nodeRoutes(RoutesConfig routes, HttpSettings settings, NodeUseCases useCases, Admission ingest) {
        routes.get(API + "/node/users", new NodeUsersHandler(useCases.listNodeUsers()));
        routes.post(API + "/node/traffic",
                ingest.admit(new NodeTrafficHandler(useCases.reportTraffic(), settings.nodeReportMax())));
        routes.post(API + "/node/online", new NodeOnlineHandler(useCases.reportOnline()));
        routes.post(API + "/node/heartbeat", new NodeHeartbeatHandler(useCases.reportHeartbeat()));
        routes.post(API + "/node/alive_ip", new NodeAliveIpHandler(useCases.reportAliveIps()));
        routes.get(API + "/node/info/{node_id}", new NodeInfoHandler(useCases.getNodeInfo()));
    }

    /** V2board's UniProxy API, as V2bX and XrayR's NewV2board speak it: the same use cases, its wire shape. */
    private static void uniProxyRoutes(RoutesConfig routes, HttpSettings settings, NodeUseCases useCases,
            Admission ingest) {
        String base = "/api/v1/server/UniProxy";
        routes.get(base + "/config", new UniProxyConfigHandler(useCases.getNodeInfo(), useCases.listDetectRules()));
        routes.get(base + "/user", new UniProxyUserHandler(useCases.listNodeUsers()));
        routes.post(base + "/push", ingest.admit(new UniProxyPushHandler(useCases.reportTraffic(), settings.nodeReportMax())));
        routes.post(base + "/alive", new UniProxyAliveHandler(useCases.reportAliveIps()));
        routes.get(base + "/alivelist", new UniProxyAliveListHandler(useCases.listNodeUsers()));
    }

    /** SSPanel's mod_mu API, as unmodified XrayR and V2bX speak it: the same use cases, its wire shape. */
    private static void modMuRoutes(RoutesConfig routes, HttpSettings settings, NodeUseCases useCases, Admission ingest) {
        routes.get("/mod_mu/nodes/{id}/info", new ModMuNodeInfoHandler(useCases.getNodeInfo(), SITE_NAME));
        routes.post("/mod_mu/nodes/{id}/info", new ModMuNodeStatusHandler(useCases.reportHeartbeat()));
        routes.get("/mod_mu/users", new ModMuUsersHandler(useCases.listNodeUsers()));
        routes.post("/mod_mu/users/traffic",
                ingest.admit(new ModMuTrafficHandler(useCases.reportTraffic(), settings.nodeReportMax())));
        routes.post("/mod_mu/users/aliveip", new ModMuAliveIpHandler(useCases.reportAliveIps()));
        routes.post("/mod_mu/users/detectlog", new ModMuDetectLogHandler(useCases.reportDetections()));
        routes.get("/mod_mu/func/detect_rules", new ModMuDetectRulesHandler(useCases.listDetectRules()));
        routes.get("/mod_mu/func/ping", new ModMuPingHandler(useCases.verifyNodeKey()));
    }
}
