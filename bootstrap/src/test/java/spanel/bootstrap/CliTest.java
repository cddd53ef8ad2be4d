package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.metrics.MetricsAdapters;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** The day clocks in Europe/Berlin go forward: its day runs from 23:00 UTC to 22:00 UTC. */
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-30T10:00:00Z"), ZoneOffset.UTC);

    private int run(Map<String, String> env, Path dir, String... args) {
        return runWithInput("", env, dir, args);
    }

    private int runWithInput(String input, Map<String, String> env, Path dir, String... args) {
        Cli cli = new Cli(env, dir, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), clock);
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
    void noticesListsDeliveriesAndRetriesOnlyOneThatWasGivenUp(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        assertThat(run(env, dir, "notices", "list", "--state", "failed")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("\"deliveries\": []");
        out.reset();

        assertThat(run(env, dir, "notices", "retry", "--id", "42")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("\"id\": 42").contains("\"requeued\": false");
        assertThat(run(env, dir, "notices", "list", "--state", "lost")).isEqualTo(Cli.USAGE);
        assertThat(run(env, dir, "notices", "list", "--limit", "0")).isEqualTo(Cli.USAGE);
    }

    @Test
    void jobsListsEveryJobWithItsLastAndNextRun(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString(), "TIMEZONE", "Europe/Berlin");
        assertThat(run(env, dir, "jobs")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("\"job\": \"traffic-reset\", \"schedule\": \"daily 00:00 Europe/Berlin\", \"last_run\": null")
                .contains("\"job\": \"plan-expiry\"").contains("\"job\": \"order-expiry\"")
                .contains("\"job\": \"order-reconcile\", \"schedule\": \"every 120 s\"")
                .contains("\"job\": \"node-silence\"").contains("\"job\": \"traffic-log\"")
                .contains("\"job\": \"expired-tokens\"").contains("\"job\": \"job-history\"");
        out.reset();

        Settings settings = Settings.from(Environment.of(env));
        try (MetricsAdapters metrics = MetricsAdapters.start()) {
            DatabaseCommands.withDatabase(settings, persistence -> {
                var jobs = Jobs.scheduled(persistence, settings, clock, PaymentWiring.reconcile(persistence, settings, clock, metrics));
                return new RunDueJobsService(jobs, persistence.jobLedger(), persistence.transactionRunner(),
                        metrics.jobMeter(jobs.stream().map(ScheduledJob::name).toList()), clock).runDue();
            });
        }
        assertThat(run(env, dir, "jobs")).isEqualTo(Cli.OK);

        // The run took the day of the clock in Berlin; the next one is the following midnight, 23 hours on.
        assertThat(stdout()).contains("{\"job\": \"traffic-reset\", \"schedule\": \"daily 00:00 Europe/Berlin\", "
                + "\"last_run\": \"2025-03-29T23:00:00Z\"")
                .contains("\"next_run\": \"2025-03-30T22:00:00Z\", \"failures\": 0, \"last_error\": null}")
                .doesNotContain("\"last_run\": null");
        assertThat(run(env, dir, "jobs", "now")).isEqualTo(Cli.USAGE);
    }

    @Test
    void ordersReconcileAsksAboutUnpaidOrdersAndPrintsWhatBecameOfEach(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        assertThat(run(env, dir, "orders", "reconcile")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("\"checked\": 0, \"recovered\": 0, \"failed\": 0, \"orders\": []");

        assertThat(run(env, dir, "orders", "reconcile", "--order", "99")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("orders reconcile: no order 99");
        assertThat(run(env, dir, "orders", "reconcile", "--order", "one")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--order");
    }

    @Test
    void ledgerExportWritesTheBalanceChangesOfTheDaysAsCsv(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        run(env, dir, "user", "create", "--email", "ledger@example.com", "--password", "ledger password", "--balance", "12.34");
        out.reset();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        int code = run(env, dir, "ledger", "export", "--from", today.minusDays(1).toString(), "--to", today.plusDays(1).toString());

        assertThat(code).as(stderr()).isEqualTo(Cli.OK);
        String[] lines = stdout().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,user_id,delta,balance_after,source_type,source_id,note,created_at");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",12.34,12.34,admin,");
        out.reset();
        assertThat(run(env, dir, "ledger", "export", "--from", today.plusDays(2).toString(), "--to", today.plusDays(3).toString()))
                .isEqualTo(Cli.OK);
        assertThat(stdout().split("\r\n")).hasSize(1);
        assertThat(run(env, dir, "ledger", "export", "--from", "yesterday", "--to", today.toString())).isEqualTo(Cli.USAGE);
        assertThat(run(env, dir, "ledger", "export", "--from", today.toString(), "--to", today.minusDays(1).toString()))
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void userCreateReadsThePasswordFromStandardInputWhenNoPasswordOptionIsGiven(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        assertThat(runWithInput("a password from stdin\n", env, dir, "user", "create", "--email", "in@example.com", "--admin"))
                .as(stderr()).isEqualTo(Cli.OK);

        long id = Long.parseLong(stdout().replaceAll("\\D", ""));
        String url = spanel.adapter.persistence.support.DatabaseUrl.embedded(dir.resolve("data")).jdbcUrl();
        String hash;
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement();
                var rs = s.executeQuery("SELECT password_hash FROM users WHERE id = " + id)) {
            assertThat(rs.next()).isTrue();
            hash = rs.getString(1);
        }
        boolean matches = DatabaseCommands.withDatabase(Settings.from(Environment.of(env)),
                persistence -> persistence.passwordHasher().verify("a password from stdin", java.util.Optional.of(hash)));
        assertThat(matches).as("the password read from standard input is the account's").isTrue();
        err.reset();
        assertThat(runWithInput("short\n", env, dir, "user", "create", "--email", "short@example.com")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).startsWith("spanel: user create: the password");
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
    void userCreateWithALookAlikeOfATakenEmailFails(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        assertThat(run(env, dir, "user", "create", "--email", "a@example.com", "--password", "password one")).isEqualTo(Cli.OK);
        out.reset();

        assertThat(run(env, dir, "user", "create", "--email", "a\u200b@example.com", "--password", "password two"))
                .isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("exists already");
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

        assertThat(run(env, dir, "node", "create", "--name", "hk-1", "--server", "hk1.example.com", "--class", "1",
                "--rate", "1.5")).isEqualTo(Cli.OK);

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
    void nodeCreateTakesWhatAUsableNodeNeeds(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.toString());

        assertThat(run(env, dir, "node", "create", "--name", "ss-1", "--server", "ss1.example.com", "--sort", "1",
                "--method", "2022-blake3-aes-256-gcm", "--custom-config", "{\"offset_port_node\":8388}")).isEqualTo(Cli.OK);

        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout()).get("id").asLong();
        spanel.domain.node.Node node = DatabaseCommands.withDatabase(
                spanel.bootstrap.config.Settings.from(spanel.bootstrap.config.Environment.load(env, dir.resolve(".env"))),
                persistence -> persistence.nodeRegistry().find(spanel.domain.node.NodeId.of(id))).orElseThrow();
        assertThat(node.server()).isEqualTo("ss1.example.com");
        assertThat(node.sort()).isEqualTo(1);
        assertThat(node.method()).isEqualTo("2022-blake3-aes-256-gcm");
        assertThat(node.customConfig()).contains("\"offset_port_node\":8388");
        assertThat(java.util.Base64.getDecoder().decode(node.serverKey().orElseThrow())).hasSize(32);
        assertThat(stderr()).doesNotContain("offset_port_node");
    }

    @Test
    void helpShowsWhatNodeCreateTakes(@TempDir Path dir) {
        assertThat(run(Map.of(), dir, "help")).isEqualTo(Cli.OK);

        assertThat(stdout()).contains("--server", "--sort", "--method", "--custom-config", "offset_port_node");
    }

    @Test
    void nodeCreateWithoutAPortSaysTheNodeCannotStartYet(@TempDir Path dir) {
        assertThat(run(Map.of("DATA_DIR", dir.toString()), dir, "node", "create", "--name", "bare", "--server",
                "bare.example.com")).isEqualTo(Cli.OK);

        assertThat(stderr()).contains("offset_port_node");
    }

    @Test
    void nodeCreateChecksItsSettingsAsTheAdminApiDoes(@TempDir Path dir) {
        String[][] cases = {
                {"custom_config.offset_port_node", "--custom-config", "{\"offset_port_node\":0}"},
                {"--custom-config", "--custom-config", "{not json"},
                {"custom_config", "--custom-config", "[1]"},
                {"sort", "--sort", "7"},
                {"--sort", "--sort", "eleven"},
                {"method", "--sort", "1", "--method", "aes-128-gcm"},
                {"custom_config.reality-opts.private_key", "--sort", "11", "--custom-config",
                        "{\"offset_port_node\":\"443\",\"enable_vless\":\"1\",\"security\":\"reality\","
                                + "\"reality-opts\":{\"dest\":\"www.example.com:443\",\"server_names\":[\"www.example.com\"]}}"},
                {"custom_config.reality-opts.public_key", "--server", "r1.example.com", "--sort", "11", "--custom-config",
                        "{\"offset_port_node\":\"443\",\"enable_vless\":\"1\",\"security\":\"reality\","
                                + "\"reality-opts\":{\"dest\":\"www.example.com:443\",\"server_names\":[\"www.example.com\"],"
                                + "\"private_key\":\"dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo\","
                                + "\"public_key\":\"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08\"}}"},
                {"server"},
                {"custom_config.network", "--server", "r1.example.com", "--sort", "11", "--custom-config",
                        "{\"network\":\"kcp\"}"},
                {"custom_config.obfs", "--server", "jp1.example.com", "--sort", "20", "--custom-config",
                        "{\"offset_port_node\":\"443\",\"obfs\":\"gost\"}"},
                {"custom_config.hop_ports", "--server", "jp1.example.com", "--sort", "20", "--custom-config",
                        "{\"offset_port_node\":\"443\",\"hop_ports\":\"30000-20000\"}"},
                {"custom_config.congestion_control", "--server", "sg1.example.com", "--sort", "2", "--custom-config",
                        "{\"offset_port_node\":\"8443\",\"congestion_control\":\"reno\"}"},
                {"custom_config.sni", "--server", "203.0.113.5", "--sort", "21", "--custom-config",
                        "{\"offset_port_node\":\"443\"}"},
                {"custom_config.credential", "--server", "hk1.example.com", "--sort", "1", "--custom-config",
                        "{\"offset_port_node\":\"443\",\"credential\":\"token\"}"}};
        for (String[] c : cases) {
            err.reset();
            String[] args = new String[c.length + 3];
            args[0] = "node";
            args[1] = "create";
            args[2] = "--name";
            args[3] = "x";
            System.arraycopy(c, 1, args, 4, c.length - 1);

            assertThat(run(Map.of("DATA_DIR", dir.toString()), dir, args)).as(c[0]).isEqualTo(Cli.USAGE);
            assertThat(stderr().lines()).as(c[0]).hasSize(1).first().asString().contains(c[0]);
        }
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aPasswordMayStartWithAnAtSignForItIsNeverReadAsAFileOfArguments(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        assertThat(run(env, dir, "user", "create", "--email", "at@example.com", "--password", "@no-such-file-here"))
                .as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout().strip()).matches("\\{\"id\": \\d+}");
    }

    @Test
    void helpIsAlsoAnOptionAndAWrongValueIsNamedWithItsOption(@TempDir Path dir) {
        assertThat(run(Map.of(), dir, "--help")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("user", "passwd", "node", "--custom-config", "jobs", "migrate");

        assertThat(run(Map.of("DATA_DIR", dir.toString()), dir, "node", "create", "--name", "x", "--class", "gold"))
                .isEqualTo(Cli.USAGE);
        assertThat(stderr().lines()).hasSize(1).first().asString().startsWith("spanel: node create: ").contains("--class", "gold");
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

    private static String dbUrl(Path dir) {
        return spanel.adapter.persistence.support.DatabaseUrl.embedded(dir.resolve("data")).jdbcUrl();
    }

    @Test
    void userPasswdSetsThePasswordFromStandardInputAndRevokesEveryToken(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        assertThat(run(env, dir, "user", "create", "--email", "forgot@example.com", "--password", "old password")).isEqualTo(Cli.OK);
        long id = Long.parseLong(stdout().replaceAll("\\D", ""));
        try (var c = java.sql.DriverManager.getConnection(dbUrl(dir)); var s = c.createStatement()) {
            s.execute("INSERT INTO access_tokens (user_id, token_hash, expires_at) VALUES (" + id + ", '"
                    + "a".repeat(64) + "', TIMESTAMP WITH TIME ZONE '2100-01-01 00:00:00+00')");
        }
        out.reset();

        int code = runWithInput("new pass phrase\n", env, dir, "user", "passwd", "--email", "Forgot@Example.com");

        assertThat(code).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout().strip()).isEqualTo("{\"id\": " + id + ", \"signed_out\": 1}");
        try (var c = java.sql.DriverManager.getConnection(dbUrl(dir)); var s = c.createStatement();
                var rs = s.executeQuery("SELECT password_hash, (SELECT count(*) FROM access_tokens) FROM users WHERE id = " + id)) {
            assertThat(rs.next()).isTrue();
            assertThat(new spanel.adapter.persistence.user.BcryptPasswordHasher(4)
                    .verify("new pass phrase", java.util.Optional.of(rs.getString(1)))).isTrue();
            assertThat(rs.getLong(2)).isZero();
        }
    }

    @Test
    void userUnlockStartsTheAccountsLogInLimitsAfreshAndAnUnknownEmailFails(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        assertThat(run(env, dir, "user", "create", "--email", "admin@example.com", "--password", "a password", "--admin"))
                .isEqualTo(Cli.OK);
        long id = Long.parseLong(stdout().replaceAll("\\D", ""));
        out.reset();

        assertThat(run(env, dir, "user", "unlock", "--email", "Admin@Example.com")).as(stderr()).isEqualTo(Cli.OK);

        assertThat(stdout().strip()).isEqualTo("{\"id\": " + id + "}");
        try (var c = java.sql.DriverManager.getConnection(dbUrl(dir)); var s = c.createStatement();
                var rs = s.executeQuery("SELECT login_unlocks FROM users WHERE id = " + id)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
        out.reset();
        assertThat(run(env, dir, "user", "unlock", "--email", "nobody@example.com")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("no account has the email nobody@example.com");
    }

    @Test
    void userPasswdForAnUnknownEmailFailsWithOneLine(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        int code = runWithInput("new pass phrase\n", env, dir, "user", "passwd", "--email", "nobody@example.com");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr().lines()).hasSize(1).first().asString().contains("no account has the email nobody@example.com");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void userPasswdWithBadArgumentsOrNoPasswordIsAUsageExit(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        String[][] bad = {
            {"new pass phrase\n", "user", "passwd"},
            {"new pass phrase\n", "user", "passwd", "--email", "not-an-email"},
            {"new pass phrase\n", "user", "passwd", "--email", "a@example.com", "--password", "x"},
            {"", "user", "passwd", "--email", "a@example.com"},
            {"short\n", "user", "passwd", "--email", "a@example.com"},
        };
        for (String[] args : bad) {
            err.reset();
            int code = runWithInput(args[0], env, dir, java.util.Arrays.copyOfRange(args, 1, args.length));

            assertThat(code).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(stderr().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(stdout()).isEmpty();
    }
}
