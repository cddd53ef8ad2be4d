package spanel.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.adapter.persistence.testing.TestDatabase;

/** An empty schema on the test PostgreSQL for one end-to-end test, dropped afterwards. */
final class PostgresSchema implements AutoCloseable {

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    static PostgresSchema create(String name) throws SQLException {
        run("CREATE SCHEMA " + name);
        return new PostgresSchema(name);
    }

    static List<String> tablesIn(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (HikariDataSource ds = admin(); Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                        + schema + "'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Override
    public void close() throws SQLException {
        run("DROP SCHEMA " + name + " CASCADE");
    }

    private static void run(String sql) throws SQLException {
        try (HikariDataSource ds = admin(); Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static HikariDataSource admin() {
        DatabaseUrl url = TestDatabase.postgresUrl();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
