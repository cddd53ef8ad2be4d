package spanel.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.adapter.persistence.support.StorageFailures;
import spanel.application.node.port.in.IngestSettings;
import spanel.bootstrap.config.StartupRefusal;

/** Opens the connection pool, failing at once with the reason when the database cannot be reached. */
final class DataSources {

    /** PostgreSQL's own connect and log-in limits (seconds), unless DATABASE_URL sets them. */
    static final int POSTGRES_CONNECT_TIMEOUT_SECONDS = 2;

    private DataSources() {
    }

    /** A pool for one command, whose connection timeout is the ingest's as everywhere. */
    static HikariDataSource open(DatabaseUrl url, int poolSize, Path dataDir) {
        return open(url, poolSize, dataDir, "spanel-db", new StorageFailureEviction(),
                IngestSettings.forDatabasePool(poolSize).connectionTimeout(), config -> { });
    }

    /**
     * A pool named {@code name} that records its connections, waits and timeouts into {@code meters};
     * pools sharing one {@code eviction} drop all their connections together. A request waits
     * {@code connectionTimeout} for a connection: while the database is unreachable every request
     * gets its 503 after this long (plus one attempt).
     */
    static HikariDataSource open(DatabaseUrl url, int poolSize, Path dataDir, String name, StorageFailureEviction eviction,
            Duration connectionTimeout, MeterRegistry meters) {
        return open(url, poolSize, dataDir, name, eviction, connectionTimeout,
                config -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters)));
    }

    private static HikariDataSource open(DatabaseUrl url, int poolSize, Path dataDir, String name,
            StorageFailureEviction eviction, Duration connectionTimeout, Consumer<HikariConfig> metrics) {
        if (url.isEmbedded()) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new StartupRefusal("cannot create DATA_DIR " + dataDir + ": " + e.getMessage());
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(connectionTimeout.toMillis() / 2);
        config.setInitializationFailTimeout(1);
        if (!url.isEmbedded()) {
            // A PostgreSQL host that does not answer SYNs would otherwise hold each attempt for 10 s.
            config.addDataSourceProperty("connectTimeout", POSTGRES_CONNECT_TIMEOUT_SECONDS);
            config.addDataSourceProperty("loginTimeout", POSTGRES_CONNECT_TIMEOUT_SECONDS);
            config.addDataSourceProperty("tcpKeepAlive", true);
        }
        // H2 closes its store after a failed write (a full disk): drop the dead connections, so the
        // next request opens the file again and works as soon as there is space.
        config.setExceptionOverride(eviction);
        metrics.accept(config);
        try {
            return eviction.register(new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw new StartupRefusal("cannot connect to the database at " + url + ": " + rootMessage(e)
                    + " (check DATABASE_URL, or unset it to use the embedded database)", e);
        }
    }

    /**
     * Evicts a connection whose database cannot store or has closed, and with it every other
     * connection of the pools it watches (they all point at the same closed store), so the first
     * request after space returns reopens the database and the ones after it do not fail first.
     * Hikari's own rules decide about every other failure.
     */
    static final class StorageFailureEviction implements SQLExceptionOverride {

        private final List<HikariDataSource> pools = new CopyOnWriteArrayList<>();

        HikariDataSource register(HikariDataSource pool) {
            pools.add(pool);
            return pool;
        }

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            if (!StorageFailures.isStorageFailure(e)) {
                return SQLExceptionOverride.Override.CONTINUE_EVICT;
            }
            for (HikariDataSource pool : pools) {
                if (!pool.isClosed() && pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
            return SQLExceptionOverride.Override.MUST_EVICT;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
