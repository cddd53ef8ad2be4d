package spanel.adapter.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spanel.domain.error.Refusal;

/**
 * A connection to the other panel's MariaDB/MySQL database, read-only (the session refuses writes),
 * and what tables and columns it has. Every way it can fail becomes one line for the operator.
 */
final class SourceDatabase implements AutoCloseable {

    private final Connection connection;
    private final Map<String, Set<String>> columns;

    private SourceDatabase(Connection connection, Map<String, Set<String>> columns) {
        this.connection = connection;
        this.columns = columns;
    }

    static SourceDatabase open(String jdbcUrl) {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:"))) {
            throw unreadable("--source must be a MariaDB/MySQL JDBC URL, jdbc:mariadb://HOST:3306/DATABASE?user=U&password=P");
        }
        String url = jdbcUrl.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + jdbcUrl.substring("jdbc:mysql:".length()) : jdbcUrl;
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw unreadable("cannot connect to the source database: " + firstLine(e));
        }
        try {
            connection.setReadOnly(true);
            try (var statement = connection.createStatement()) {
                statement.execute("SET SESSION TRANSACTION READ ONLY");
            }
            return new SourceDatabase(connection, columnsOf(connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unreadable("cannot read the source database: " + firstLine(e));
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Map<String, Set<String>> columnsOf(Connection connection) throws SQLException {
        Map<String, Set<String>> tables = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), table -> new HashSet<>()).add(rows.getString(2));
            }
        }
        if (tables.isEmpty()) {
            throw unreadable("the source database has no tables (name the database in the URL: jdbc:mariadb://HOST/DATABASE)");
        }
        return tables;
    }

    boolean hasTable(String table) {
        return columns.containsKey(table);
    }

    boolean hasColumn(String table, String column) {
        return columns.getOrDefault(table, Set.of()).contains(column);
    }

    /** Refuses, in one line, a database that lacks a table or column this panel's importer reads. */
    void require(String panel, String table, List<String> needed) {
        if (!hasTable(table)) {
            throw unreadable("the source has no table `" + table + "`: not a " + panel + " database");
        }
        for (String column : needed) {
            if (!hasColumn(table, column)) {
                throw unreadable("table `" + table + "` has no column `" + column + "`: a " + panel
                        + " schema version this importer does not know");
            }
        }
    }

    /** Runs a query and hands each row to the reader. */
    void each(String sql, RowReader reader) {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw unreadable("reading the source failed: " + firstLine(e));
        }
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    static Refusal unreadable(String message) {
        return new Refusal(Refusal.Kind.INVALID, "source_unreadable", message);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a clearer reason.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw unreadable("closing the source connection failed: " + firstLine(e));
        }
    }
}
