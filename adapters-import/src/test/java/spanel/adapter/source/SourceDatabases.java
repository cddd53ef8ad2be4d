package spanel.adapter.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * Source panels' databases on the real MariaDB the tests use (TEST_MARIADB_URL, default root on
 * 127.0.0.1 as scripts/test prepares it): each a database of its own, loaded from the schema and
 * data files under {@code sources/}, dropped on close.
 */
public final class SourceDatabases {

    private static final String DEFAULT = "jdbc:mariadb://127.0.0.1:3306/?user=root";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A panel whose schema is another's with its own migrations on top: Xboard from 2025 upgraded V2board's. */
    private static final Map<String, String> BASES = Map.of("xboard", "v2board");

    private SourceDatabases() {
    }

    /** A fresh database with the panel's schema and, unless {@code withData} is false, its awkward data set. */
    public static Loaded load(String panel, boolean withData) {
        String name = "spanel_src_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        try (Connection c = DriverManager.getConnection(server()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB does not answer at " + server()
                    + ": run scripts/test, which starts it, or set TEST_MARIADB_URL", e);
        }
        Loaded loaded = new Loaded(name, url(name));
        if (BASES.containsKey(panel)) {
            loaded.run(resource(BASES.get(panel) + "-schema.sql"));
        }
        loaded.run(resource(panel + "-schema.sql"));
        if (withData) {
            loaded.run(resource(panel + "-data.sql"));
        }
        return loaded;
    }

    static String server() {
        String configured = System.getenv("TEST_MARIADB_URL");
        return configured == null || configured.isBlank() ? DEFAULT : configured;
    }

    private static String url(String database) {
        String server = server();
        int slash = server.indexOf('/', "jdbc:mariadb://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + database + (query < 0 ? "" : server.substring(query));
    }

    private static String resource(String name) {
        try (InputStream in = SourceDatabases.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource sources/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loaded source database: its JDBC URL, SQL to change it, and close to drop it. */
    public record Loaded(String name, String url) implements AutoCloseable {

        /** Runs statements separated by ";" at line ends (the files hold no such text inside values). */
        public void run(String sql) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                for (String statement : sql.split(";\\s*\\n")) {
                    String stripped = statement.lines().filter(line -> !line.strip().startsWith("--"))
                            .reduce("", (a, b) -> a + b + "\n").strip();
                    if (!stripped.isEmpty()) {
                        s.execute(stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1) : stripped);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("loading " + name + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(server()); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("dropping " + name + " failed", e);
            }
        }
    }
}
