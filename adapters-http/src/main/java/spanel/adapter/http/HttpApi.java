package spanel.adapter.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import spanel.adapter.http.admin.AdminRoutes;
import spanel.adapter.http.admin.AdminUseCases;
import spanel.adapter.http.admin.DashboardRoutes;
import spanel.adapter.http.admin.DashboardUseCases;
import spanel.adapter.http.admin.NodeAdminRoutes;
import spanel.adapter.http.admin.NodeAdminUseCases;
import spanel.adapter.http.content.ContentRoutes;
import spanel.adapter.http.content.ContentUseCases;
import spanel.adapter.http.giftcard.GiftCardRoutes;
import spanel.adapter.http.giftcard.GiftCardUseCases;
import spanel.adapter.http.health.HealthHandler;
import spanel.adapter.http.metrics.MetricsHandler;
import spanel.adapter.http.metrics.RequestMetrics;
import spanel.adapter.http.modmu.ModMuRoutes;
import spanel.adapter.http.node.NodeRoutes;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.notice.NoticeRoutes;
import spanel.adapter.http.notice.NoticeUseCases;
import spanel.adapter.http.openapi.OpenApiHandler;
import spanel.adapter.http.payment.PaymentRoutes;
import spanel.adapter.http.payment.PaymentUseCases;
import spanel.adapter.http.portal.PortalFeatures;
import spanel.adapter.http.portal.PortalRoutes;
import spanel.adapter.http.portal.PortalSite;
import spanel.adapter.http.referral.ReferralRoutes;
import spanel.adapter.http.referral.ReferralUseCases;
import spanel.adapter.http.shop.ShopRoutes;
import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.http.subscription.SubscriptionRoutes;
import spanel.adapter.http.subscription.SubscriptionUseCases;
import spanel.adapter.http.support.Admission;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.ErrorMapping;
import spanel.adapter.http.support.HeadDeadline;
import spanel.adapter.http.support.JettyRefusals;
import spanel.adapter.http.support.Json;
import spanel.adapter.http.support.RequestText;
import spanel.adapter.http.ticket.TicketRoutes;
import spanel.adapter.http.ticket.TicketUseCases;
import spanel.adapter.http.uniproxy.UniProxyRoutes;
import spanel.adapter.http.user.AccountRoutes;
import spanel.adapter.http.user.AccountUseCases;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.node.port.in.CountNodeStates;

/**
 * Builds the HTTP API from the use cases it serves: the filters every request passes, the error
 * mapping, and each context's routes in the order they are matched (each context lists its own).
 * Handlers run on virtual threads, one request per thread, which the transaction provider needs.
 */
public final class HttpApi {

    /** The incoming ports the routes call. */
    public record UseCases(CheckHealth checkHealth, AccountUseCases accounts, AdminUseCases admin, NodeUseCases nodes,
            NodeAdminUseCases nodeAdmin, ShopUseCases shop, PaymentUseCases payments, SubscriptionUseCases subscriptions,
            CountNodeStates nodeStates, DashboardUseCases dashboard, PortalSite site, TicketUseCases tickets,
            ContentUseCases content, GiftCardUseCases giftCards, ReferralUseCases referrals, NoticeUseCases notices) {
    }

    /** The page a password-reset link opens; bootstrap hands it to the mailing use case. */
    public static final String RESET_PAGE = AccountRoutes.RESET_PAGE;

    /** How long a stop waits for requests already running. */
    public static final long STOP_TIMEOUT_MILLIS = 10_000;

    /** Connections the kernel may hold for Jetty to accept (capped by net.core.somaxconn). */
    static final int ACCEPT_QUEUE = 1024;

    private HttpApi() {
    }

    /**
     * Jetty gives each keep-alive connection a cache of the header fields it has seen, a 96 KiB
     * table once its first request is parsed: a thousand nodes holding their connections open would
     * hold the whole heap in them. Headers are parsed without it.
     */
    static void withoutHeaderCache(ServerConnector connector) {
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
            http.getHttpConfiguration().setHeaderCacheSize(0);
        }
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
                            withoutHeaderCache(serverConnector);
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
            Admission ingest = Admission.forIngest(settings.ingest(), settings.maxBodyBytes());
            int reportMax = settings.nodeReportMax();
            NodeRoutes.register(config.routes, useCases.nodes(), reportMax, ingest);
            ModMuRoutes.register(config.routes, useCases.nodes(), reportMax, ingest);
            UniProxyRoutes.register(config.routes, useCases.nodes(), reportMax, ingest);
            config.routes.get("/health", new HealthHandler(useCases.checkHealth()));
            config.routes.get("/metrics", new MetricsHandler(registry, useCases.checkHealth(), useCases.nodeStates()));
            config.routes.get("/openapi.json", new OpenApiHandler());

            AccountRoutes.guard(config.routes, useCases.accounts());
            AccountRoutes.register(config.routes, useCases.accounts());
            ShopRoutes.register(config.routes, useCases.shop());
            AdminRoutes.register(config.routes, useCases.admin());
            NodeAdminRoutes.register(config.routes, useCases.nodeAdmin());
            DashboardRoutes.register(config.routes, useCases.dashboard());
            PaymentRoutes.register(config.routes, useCases.accounts().authenticate(), useCases.payments());
            SubscriptionRoutes.register(config.routes, useCases.subscriptions());
            PortalRoutes.register(config.routes, useCases.site(), new PortalFeatures(useCases.subscriptions().title(),
                    useCases.accounts().resetByMail().isPresent(), useCases.accounts().checkIn().isPresent(),
                    useCases.payments().debugConfirm().isPresent()));
            TicketRoutes.register(config.routes, useCases.tickets());
            GiftCardRoutes.register(config.routes, useCases.giftCards());
            ReferralRoutes.register(config.routes, useCases.referrals());
            NoticeRoutes.register(config.routes, useCases.notices());
            ContentRoutes.register(config.routes, useCases.content());
        });
    }
}
