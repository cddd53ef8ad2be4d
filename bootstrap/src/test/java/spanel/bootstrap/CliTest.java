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
    void migrateAppliesTheSchemaOnceAndPrintsHowManyRan(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());

        assertThat(run(env, dir, "migrate")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("{\"applied\": 5}");
        out.reset();
        assertThat(run(env, dir, "migrate")).isEqualTo(Cli.OK);
        assertThat(stdout().strip()).isEqualTo("{\"applied\": 0}");
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
