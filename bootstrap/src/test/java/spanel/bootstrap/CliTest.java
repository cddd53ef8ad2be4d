package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, Path dir, String... args) {
        Cli cli = new Cli(env, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void migrateAppliesTheSchemaOnceAndPrintsHowManyRan(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        assertThat(run(env, dir, "migrate")).isEqualTo(Cli.OK);
        long applied = Long.parseLong(stdout().strip().replaceAll("\\{\"applied\": (\\d+)}", "$1"));
        assertThat(applied).isPositive().isEqualTo(recordedMigrations(dir));
        out.reset();
        assertThat(run(env, dir, "migrate")).isEqualTo(Cli.OK);
        assertThat(stdout().strip()).isEqualTo("{\"applied\": 0}");
    }

    /** The migrations the database records as applied. */
    private static long recordedMigrations(Path dir) throws Exception {
        String url = spanel.adapter.persistence.support.DatabaseUrl.embedded(dir.resolve("data")).jdbcUrl();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void userCreateMakesAnAdminWithABookedStartingBalanceAndPrintsItsId(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        int code = run(env, dir, "user", "create", "--email", "Root@Example.com", "--password", "root password", "--admin",
                "--balance", "10.00");

        assertThat(code).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout().strip()).matches("\\{\"id\": \\d+}");
        long id = Long.parseLong(stdout().replaceAll("\\D", ""));
        String url = spanel.adapter.persistence.support.DatabaseUrl.embedded(dir.resolve("data")).jdbcUrl();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement();
                var rs = s.executeQuery("SELECT u.email, u.is_admin, u.money, l.delta, l.source_type FROM users u "
                        + "JOIN balance_ledger l ON l.user_id = u.id WHERE u.id = " + id)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("root@example.com");
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getLong(3)).isEqualTo(1000);
            assertThat(rs.getLong(4)).isEqualTo(1000);
            assertThat(rs.getString(5)).isEqualTo("admin");
        }
    }

    @Test
    void userCreateWithATakenEmailFailsWithOneLine(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        assertThat(run(env, dir, "user", "create", "--email", "a@example.com", "--password", "password one")).isEqualTo(Cli.OK);
        out.reset();

        assertThat(run(env, dir, "user", "create", "--email", "A@example.com", "--password", "password two")).isEqualTo(Cli.FAILED);
        assertThat(stderr().lines()).hasSize(1).first().asString().contains("exists already");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void userCreateWithBadArgumentsIsOneLineAndAUsageExit(@TempDir Path dir) {
        String[][] bad = {
                {"user", "create", "--password", "long enough"},
                {"user", "create", "--email", "a@example.com"},
                {"user", "create", "--email", "not-an-email", "--password", "long enough"},
                {"user", "create", "--email", "a@example.com", "--password", "short"},
                {"user", "create", "--email", "a@example.com", "--password", "long enough", "--balance", "1.001"},
                {"user", "create", "--email", "a@example.com", "--password", "long enough", "--balance"},
                {"user", "create", "--email", "a@example.com", "--password", "long enough", "--root"},
                {"user", "delete"}};
        for (String[] args : bad) {
            err.reset();

            assertThat(run(Map.of("DATA_DIR", dir.toString()), dir, args)).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(stderr().lines()).as(String.join(" ", args)).hasSize(1).first().asString().startsWith("spanel: user");
        }
        assertThat(stdout()).isEmpty();
        assertThat(dir.resolve("spanel.mv.db")).doesNotExist();
    }

    @Test
    void nodeCreatePrintsTheIdAndTheNodesOwnKey(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.toString());

        assertThat(run(env, dir, "node", "create", "--name", "hk-1", "--class", "1", "--rate", "1.5")).isEqualTo(Cli.OK);

        var printed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout());
        assertThat(printed.get("id").asLong()).isPositive();
        assertThat(printed.get("key").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(stderr()).doesNotContain(printed.get("key").asText());
    }

    @Test
    void nodeCreateWithBadArgumentsIsOneLineAndAUsageExit(@TempDir Path dir) {
        for (String[] args : new String[][] {{"node", "create"}, {"node", "create", "--name", "x", "--rate", "abc"},
                {"node", "create", "--name", "x", "--rate", "5000"}, {"node", "create", "--name", "x", "--colour", "red"},
                {"node", "delete"}, {"node", "create", "--name"}}) {
            err.reset();

            assertThat(run(Map.of("DATA_DIR", dir.toString()), dir, args)).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(stderr().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(stdout()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError(@TempDir Path dir) {
        assertThat(run(Map.of(), dir, "launch")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).startsWith("spanel: unknown command 'launch'");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aBadSettingStopsWithOneLineAndANonZeroExit(@TempDir Path dir) {
        assertThat(run(Map.of("MU_KEY", "short"), dir, "serve")).isEqualTo(Cli.FAILED);
        assertThat(stderr().lines()).hasSize(1).first().asString().startsWith("spanel: MU_KEY");
    }

    @Test
    void anUnreachableDatabaseStopsWithOneLine(@TempDir Path dir) {
        int code = run(Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/nothing", "DATA_DIR", dir.toString()), dir, "migrate");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr().lines()).hasSize(1).first().asString().contains("cannot connect to the database");
    }
}
