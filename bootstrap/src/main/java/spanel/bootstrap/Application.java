package spanel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.persistence.support.Migrations;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.adapter.redis.InMemoryStores;
import spanel.adapter.redis.RedisStores;
import spanel.adapter.redis.Stores;
import spanel.application.health.CheckHealthService;
import spanel.application.node.GetNodeInfoService;
import spanel.application.node.ListDetectRulesService;
import spanel.application.node.ListNodeUsersService;
import spanel.application.node.NodeGate;
import spanel.application.node.ReportAliveIpsService;
import spanel.application.node.ReportDetectionsService;
import spanel.application.node.ReportHeartbeatService;
import spanel.application.node.ReportOnlineService;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.VerifyNodeKeyService;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.bootstrap.config.MuKeyFile;
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

    private Application(HikariDataSource dataSource, Stores stores, Javalin http) {
        this.dataSource = dataSource;
        this.stores = stores;
        this.http = http;
    }

    /** Connects, migrates and serves; any failure on the way closes what was opened and is a {@link StartupRefusal}. */
    public static Application start(Settings settings) {
        Stores stores = openStores(settings);
        HikariDataSource dataSource = null;
        try {
            String muKey = MuKeyFile.resolve(settings.muKey(), settings.dataDir());
            dataSource = DataSources.open(settings.database(), settings.databasePoolSize(), settings.dataDir());
            migrate(dataSource);
            PersistenceAdapters persistence = PersistenceAdapters.on(dataSource, settings.database());
            Javalin http = HttpApi.create(
                    new HttpSettings(settings.httpHost(), settings.httpPort(), HttpSettings.DEFAULT_MAX_BODY_BYTES,
                            settings.nodeReportMax()),
                    useCases(persistence, stores, muKey, Clock.systemUTC()));
            startHttp(http, settings);
            LOG.info("spanel serves on http://{}:{} ({}, store {})", settings.httpHost(), http.port(),
                    settings.database().isEmbedded() ? "embedded database in " + settings.dataDir() : "PostgreSQL",
                    settings.redisUrl().isPresent() ? "Redis" : "in-process");
            return new Application(dataSource, stores, http);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            stores.close();
            throw e;
        }
    }

    /** Every use case, built by hand on its adapters. */
    static HttpApi.UseCases useCases(PersistenceAdapters persistence, Stores stores, String muKey, Clock clock) {
        return new HttpApi.UseCases(
                new CheckHealthService(persistence.databaseProbe(), stores.probe()),
                nodeUseCases(persistence, stores, muKey, clock));
    }

    static NodeUseCases nodeUseCases(PersistenceAdapters persistence, Stores stores, String muKey, Clock clock) {
        NodeRegistry nodes = persistence.nodeRegistry();
        NodeStatusStore status = stores.nodeStatus();
        NodeGate gate = new NodeGate(nodes, muKey);
        return new NodeUseCases(
                new ListNodeUsersService(gate, nodes, persistence.nodeUsers(), status, clock),
                new ReportTrafficService(gate, persistence.trafficLedger(), persistence.transactions(), clock),
                new ReportOnlineService(gate, status, clock),
                new ReportHeartbeatService(gate, nodes, status, clock),
                new ReportAliveIpsService(gate, status, clock),
                new GetNodeInfoService(gate, status, clock),
                new ListDetectRulesService(gate, persistence.detectRules()),
                new ReportDetectionsService(gate, persistence.detectRules(), clock),
                new VerifyNodeKeyService(gate));
    }

    /** Runs one command against the database without serving: the CLI's {@code node create}. */
    public static <T> T withDatabase(Settings settings, Function<PersistenceAdapters, T> command) {
        try (HikariDataSource dataSource = DataSources.open(settings.database(), 2, settings.dataDir())) {
            migrate(dataSource);
            return command.apply(PersistenceAdapters.on(dataSource, settings.database()));
        }
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

    private static Stores openStores(Settings settings) {
        if (settings.redisUrl().isEmpty()) {
            return new InMemoryStores();
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
