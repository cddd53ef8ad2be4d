package spanel.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/CONFIGURATION.md lists exactly the variables spanel reads. The names read are recorded while
 * the settings load, once with nothing set and once with the variables that make others count
 * (SMTP_URL reads MAIL_FROM, DATABASE_URL reads its credentials), so no list is kept by hand here.
 */
class ConfigurationDocTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)`");

    @Test
    void theConfigurationDocListsEveryVariableSpanelReadsAndNoOther() throws IOException {
        Set<String> read = namesRead(Map.of());
        read.addAll(namesRead(Map.of(
                "SMTP_URL", "smtp://mail.example.com:587",
                "MAIL_FROM", "no-reply@example.com",
                "DATABASE_URL", "jdbc:postgresql://db.example.com:5432/spanel")));

        assertThat(read).as("what the settings read").contains("HTTP_PORT", "MAIL_FROM", "DATABASE_USER", "EPAY_KEY");
        assertThat(documented()).as("the variables docs/CONFIGURATION.md lists").isEqualTo(read);
    }

    private static Set<String> namesRead(Map<String, String> variables) {
        Environment env = Environment.of(variables);
        Settings.from(env);
        return new TreeSet<>(env.namesAsked());
    }

    /** The names in the first column of the doc's tables, where each variable has its row. */
    private static Set<String> documented() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(repositoryRoot().resolve("docs/CONFIGURATION.md")));
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
