package spanel.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.persistence.support.Migrations;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.adapter.redis.InMemoryStores;
import spanel.adapter.redis.RedisStores;
import spanel.adapter.redis.Stores;
import spanel.application.health.CheckHealthService;
import spanel.bootstrap.config.MuKeyFile;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;

/**
 * The assembled service: every adapter built by hand and handed the ports it serves. Closing it
 * stops accepting requests, lets those in flight finish, then closes the pools.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final String KEY_PREFIX = "spanel:";

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
            MuKeyFile.resolve(settings.muKey(), settings.dataDir());
            dataSource = DataSources.open(settings.database(), settings.databasePoolSize(), settings.dataDir());
            migrate(dataSource);
            PersistenceAdapters persistence = PersistenceAdapters.on(dataSource, settings.database());

            var useCases = new HttpApi.UseCases(
                    new CheckHealthService(persistence.databaseProbe(), stores.probe()));
            Javalin http = HttpApi.create(
                    new HttpSettings(settings.httpHost(), settings.httpPort(), HttpSettings.DEFAULT_MAX_BODY_BYTES),
                    useCases);
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
            redis = RedisStores.connect(settings.redisUrl().get(), KEY_PREFIX, settings.databasePoolSize() * 2);
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
