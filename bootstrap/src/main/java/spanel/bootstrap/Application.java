package spanel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.metrics.MetricsAdapters;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.adapter.redis.InMemoryStores;
import spanel.adapter.redis.RedisStores;
import spanel.adapter.redis.Stores;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.RunDueJobs;
import spanel.application.node.port.in.IngestSettings;
import spanel.application.notice.port.in.DeliverNotices;
import spanel.application.notice.port.in.ReadTelegramLinks;
import spanel.bootstrap.config.MuKeyFile;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;

/**
 * The assembled service: it opens the pools and stores, has each context wired on them
 * ({@link Wiring}), serves, and runs the jobs. Closing it stops accepting requests, lets those in
 * flight finish, then closes the pools.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final HikariDataSource dataSource;
    private final HikariDataSource ingestDataSource;
    private final Stores stores;
    private final Javalin http;
    private final ScheduledExecutorService jobs;
    private final RunDueJobs jobRunner;
    private final MailQueue mail;
    private final MetricsAdapters metrics;
    private final Notifier notifier;

    /** The notice worker and the thread that runs it. */
    private record Notifier(DeliverNotices worker, Optional<ReadTelegramLinks> links, ScheduledExecutorService thread) {
    }

    private Application(HikariDataSource dataSource, HikariDataSource ingestDataSource, Stores stores, Javalin http,
            ScheduledExecutorService jobs, RunDueJobs jobRunner, MailQueue mail, MetricsAdapters metrics, Notifier notifier) {
        this.dataSource = dataSource;
        this.ingestDataSource = ingestDataSource;
        this.stores = stores;
        this.http = http;
        this.jobs = jobs;
        this.jobRunner = jobRunner;
        this.mail = mail;
        this.metrics = metrics;
        this.notifier = notifier;
    }

    /** Connects, migrates and serves; any failure on the way closes what was opened and is a {@link StartupRefusal}. */
    public static Application start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** As {@link #start(Settings)}, with the clock that tokens and in-process limits go by (tests move it). */
    static Application start(Settings settings, Clock clock) {
        if (settings.debug()) {
            warnDebug();
        } else {
            warnIfInClear(settings.payments().publicUrl());
        }
        Stores stores = openStores(settings, clock);
        HikariDataSource dataSource = null;
        HikariDataSource ingestDataSource = null;
        MailQueue mail = new MailQueue();
        MetricsAdapters metrics = MetricsAdapters.start();
        try {
            IngestSettings ingestSettings = IngestSettings.forDatabasePool(settings.databasePoolSize());
            DataSources.StorageFailureEviction eviction = new DataSources.StorageFailureEviction();
            dataSource = DataSources.open(settings.database(), settings.databasePoolSize(), settings.dataDir(), "spanel-db",
                    eviction, ingestSettings.connectionTimeout(), metrics.registry());
            DatabaseCommands.migrate(dataSource);
            // Node traffic reports get connections of their own: a storm of them cannot take the
            // connections that log-ins, user pages, payments and /health need.
            ingestDataSource = DataSources.open(settings.database(), ingestSettings.poolSize(), settings.dataDir(),
                    "spanel-ingest", eviction, ingestSettings.connectionTimeout(), metrics.registry());
            PersistenceAdapters persistence = PersistenceAdapters.on(dataSource, settings.database());
            String muKey = MuKeyFile.resolve(settings.muKey(), settings.dataDir(), persistence.serverSecrets());
            List<ScheduledJob> scheduled = Jobs.scheduled(persistence, settings, clock,
                    PaymentWiring.reconcile(persistence, settings, clock, metrics));
            PersistenceAdapters ingest = PersistenceAdapters.on(ingestDataSource, settings.database());
            HttpApi.UseCases useCases = new Wiring(persistence, ingest, stores, settings, ingestSettings, muKey, mail, clock,
                    metrics)
                    .useCases();
            // The first probe loads the classes every later one uses: done here, so the first
            // /health answers within its limit instead of calling a cold database down.
            useCases.checkHealth().check();
            Javalin http = HttpApi.create(
                    new HttpSettings(settings.httpHost(), settings.httpPort(), HttpSettings.DEFAULT_MAX_BODY_BYTES,
                            settings.nodeReportMax(), settings.trustedProxies(), ingestSettings)
                            .withIpv6LimitPrefix(settings.ipv6LimitPrefix()),
                    useCases, metrics.registry());
            startHttp(http, settings);
            RunDueJobs jobRunner = new RunDueJobsService(scheduled, persistence.jobLedger(), persistence.transactionRunner(),
                    metrics.jobMeter(scheduled.stream().map(ScheduledJob::name).toList()), clock);
            ScheduledExecutorService jobs = Jobs.start(jobRunner);
            DeliverNotices worker = NoticeWiring.worker(persistence, settings, metrics.noticeMeter(), clock);
            Optional<ReadTelegramLinks> links = NoticeWiring.telegramLinks(persistence, settings, clock);
            Notifier notifier = new Notifier(worker, links, NoticeWiring.start(worker, links));
            LOG.info("spanel serves on http://{}:{} ({}, store {})", settings.httpHost(), http.port(),
                    settings.database().isEmbedded() ? "embedded database in " + settings.dataDir() : "PostgreSQL",
                    settings.redisUrl().isPresent() ? "Redis" : "in-process");
            return new Application(dataSource, ingestDataSource, stores, http, jobs, jobRunner, mail, metrics, notifier);
        } catch (RuntimeException e) {
            mail.stopNow();
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

    /** One pass of the notice worker, here and now, as its thread does every NOTICE_TICK_SECONDS (tests move the clock, then call it). */
    DeliverNotices.Delivered deliverNotices() {
        return notifier.worker().deliverDue();
    }

    /** One read of the bot's messages, as the notice thread does every NOTICE_TICK_SECONDS; 0 without Telegram. */
    int linkTelegramChats() {
        return notifier.links().map(ReadTelegramLinks::read).orElse(0);
    }

    @Override
    public void close() {
        LOG.info("stopping: finishing requests in flight");
        http.stop();
        jobs.shutdownNow();
        notifier.thread().shutdownNow();
        mail.stop();
        stores.close();
        ingestDataSource.close();
        dataSource.close();
        metrics.close();
        LOG.info("stopped");
    }

    /** DEBUG is for development only; a production instance started with it must not go unnoticed. */
    private static void warnDebug() {
        String line = "*".repeat(78);
        LOG.warn(line);
        LOG.warn("* DEBUG=true: the \"debug\" gateway takes top-ups that POST /app/api/v0/payment/debug/confirm marks");
        LOG.warn("* paid by hand, and the MU_KEY strength check is off. Never run a production panel like this;");
        LOG.warn("* /health says \"debug\":true.");
        LOG.warn(line);
    }

    /**
     * Subscription URLs carry their token, and the panel's pages log users in: over plain HTTP both
     * cross every network on the way readable (and ISPs fingerprint panels by what they see). A
     * loopback address never leaves the machine, so it is not warned about.
     */
    private static void warnIfInClear(String publicUrl) {
        if (!publicUrl.startsWith("http://")) {
            return;
        }
        String rest = publicUrl.substring("http://".length());
        String host = rest.startsWith("[") ? rest.substring(0, rest.indexOf(']') + 1) : rest.replaceFirst("[:/?#].*$", "");
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        if (!loopback) {
            LOG.warn("PUBLIC_URL is {}: subscription links, log-in tokens and passwords travel in clear to and from it;"
                    + " serve the panel over https:// (docs: reverse proxy and TLS) and set PUBLIC_URL to that", publicUrl);
        }
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
