package spanel.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.bootstrap.config.StartupRefusal;

/** Opens the connection pool, failing at once with the reason when the database cannot be reached. */
final class DataSources {

    private DataSources() {
    }

    static HikariDataSource open(DatabaseUrl url, int poolSize, Path dataDir) {
        if (url.isEmbedded()) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new StartupRefusal("cannot create DATA_DIR " + dataDir + ": " + e.getMessage());
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("spanel-db");
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StartupRefusal("cannot connect to the database at " + url + ": " + rootMessage(e)
                    + " (check DATABASE_URL, or unset it to use the embedded database)", e);
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
