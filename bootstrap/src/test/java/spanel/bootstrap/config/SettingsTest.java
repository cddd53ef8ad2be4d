package spanel.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static Settings settings(Map<String, String> variables) {
        return Settings.from(Environment.of(variables));
    }

    @Test
    void withNothingConfiguredItRunsOnTheEmbeddedDefaults() {
        Settings settings = settings(Map.of());

        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(8000);
        assertThat(settings.database().dialect()).isEqualTo(SQLDialect.H2);
        assertThat(settings.database().jdbcUrl()).contains(Path.of("./data").toAbsolutePath().normalize().toString());
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.muKey()).isEmpty();
        assertThat(settings.debug()).isFalse();
        assertThat(settings.databasePoolSize()).isEqualTo(10);
    }

    @Test
    void aPostgresUrlWithSeparateCredentialsIsUsed() {
        Settings settings = settings(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/spanel",
                "DATABASE_USER", "panel", "DATABASE_PASSWORD", "pw"));

        assertThat(settings.database().dialect()).isEqualTo(SQLDialect.POSTGRES);
        assertThat(settings.database().user()).contains("panel");
        assertThat(settings.database().password()).contains("pw");
    }

    @Test
    void aShortOrDefaultMuKeyIsRefusedUnlessDebug() {
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "short")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("MU_KEY");
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "default-mu-key-please-change")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("MU_KEY");

        assertThat(settings(Map.of("MU_KEY", "short", "DEBUG", "true")).muKey()).contains("short");
        assertThat(settings(Map.of("MU_KEY", "0123456789abcdef")).muKey()).contains("0123456789abcdef");
    }

    @Test
    void aBlankMuKeyIsRefusedEvenInDebug() {
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "   ", "DEBUG", "true")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "\u3000\u3000", "DEBUG", "true")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("blank");
    }

    @Test
    void eachUnusableValueIsRefusedNamingItsVariable() {
        Map<String, String> bad = Map.of(
                "DATABASE_URL", "mysql://db/x",
                "HTTP_PORT", "eighty",
                "DATABASE_POOL_SIZE", "0",
                "DEBUG", "maybe");
        bad.forEach((name, value) -> assertThatThrownBy(() -> settings(Map.of(name, value)))
                .as(name).isInstanceOf(StartupRefusal.class).hasMessageContaining(name));
    }

    @Test
    void theEnvironmentWinsOverTheDotEnvFile(@TempDir Path dir) throws Exception {
        Path dotEnv = dir.resolve(".env");
        Files.write(dotEnv, List.of("# local settings", "HTTP_PORT=9000", "export HTTP_HOST=127.0.0.2",
                "MU_KEY=\"from-the-file-0123456789\"", "DATABASE_POOL_SIZE=4 # a comment"));

        Settings settings = Settings.from(Environment.load(Map.of("HTTP_PORT", "9100"), dotEnv));

        assertThat(settings.httpPort()).isEqualTo(9100);
        assertThat(settings.httpHost()).isEqualTo("127.0.0.2");
        assertThat(settings.databasePoolSize()).isEqualTo(4);
        assertThat(settings.muKey()).contains("from-the-file-0123456789");
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        assertThat(settings(Map.of("HTTP_PORT", "", "DATABASE_URL", "")).httpPort()).isEqualTo(8000);
    }
}
