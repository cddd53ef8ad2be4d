package spanel.bootstrap;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.redis.TestStore;

/** The two ways spanel runs, for end-to-end tests: embedded H2 with the in-process store, and PostgreSQL with Redis. */
enum Setup {
    H2 {
        @Override
        Prepared prepare(Path dir) {
            return new Prepared(Map.of("DATA_DIR", dir.toString()), DatabaseUrl.embedded(dir), () -> { });
        }
    },
    POSTGRES_REDIS {
        @Override
        Prepared prepare(Path dir) throws SQLException {
            String schema = "e2e_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
            PostgresSchema created = PostgresSchema.create(schema);
            String url = TestDatabase.postgresUrl().jdbcUrl();
            String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dir.toString(), "DATABASE_URL", withSchema,
                    "REDIS_URL", TestStore.redisUrl(), "MU_KEY", "a-test-key-that-is-long-enough"));
            TestDatabase.postgresUrl().user().ifPresent(u -> env.put("DATABASE_USER", u));
            TestDatabase.postgresUrl().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
            DatabaseUrl database = DatabaseUrl.parse(withSchema).withCredentials(env.get("DATABASE_USER"),
                    env.get("DATABASE_PASSWORD"));
            return new Prepared(env, database, created::close);
        }
    };

    /** Configuration variables for the set-up, how to reach its database directly, and how to drop it. */
    record Prepared(Map<String, String> env, DatabaseUrl database, Cleanup cleanup) {

        /** The one number a query answers, read straight from the database. */
        long scalar(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user().orElse(null),
                    database.password().orElse(null)); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @FunctionalInterface
    interface Cleanup {
        void run() throws SQLException;
    }

    abstract Prepared prepare(Path dir) throws SQLException;
}
