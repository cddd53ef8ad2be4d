package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.domain.page.PageRequest;

/** {@code ./spanel giftcards create}: the codes are printed once, and only their hashes are stored. */
class GiftCardCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private int run(Map<String, String> env, Path dir, String... args) {
        Cli cli = new Cli(env, dir, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock);
        return cli.run(List.of(args));
    }

    @Test
    void createPrintsEachCodeOnceAndStoresOnlyItsHash(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dir.toString());

        assertThat(run(env, dir, "giftcards", "create", "--value", "10.00", "--count", "3", "--uses", "2",
                "--expires", "2027-01-01T00:00:00Z")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);

        JsonNode printed = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(printed.get("count").asInt()).isEqualTo(3);
        String code = printed.get("codes").get(0).get("code").asText();
        assertThat(code).matches("[2-9A-Z]{5}(-[2-9A-Z]{5}){3}");
        var listed = DatabaseCommands.withDatabase(Settings.from(Environment.load(env, dir.resolve(".env"))),
                persistence -> persistence.giftCards().list(Optional.empty(), Optional.of(printed.get("batch").asText()),
                        clock.instant(), new PageRequest(1, 10)));
        assertThat(listed.items()).hasSize(3).allSatisfy(card -> {
            assertThat(card.usesLeft()).isEqualTo(2);
            assertThat(card.expiresAt()).contains(Instant.parse("2027-01-01T00:00:00Z"));
        });
        assertThat(listed.items()).extracting(card -> card.hint()).contains(code.substring(0, 4));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(code);
    }

    @Test
    void badArgumentsAreOneLineAndAUsageExit(@TempDir Path dir) {
        for (String[] args : new String[][] {{"giftcards", "create"}, {"giftcards", "create", "--value", "1.001"},
                {"giftcards", "create", "--value", "5", "--plan", "2"}, {"giftcards", "create", "--value", "5", "--count", "0"},
                {"giftcards", "create", "--value", "5", "--expires", "tomorrow"},
                {"giftcards", "create", "--value", "5", "--expires", "2020-01-01T00:00:00Z"},
                {"giftcards", "create", "--plan", "999999"}}) {
            err.reset();

            assertThat(run(Map.of("DATA_DIR", dir.toString()), dir, args)).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
