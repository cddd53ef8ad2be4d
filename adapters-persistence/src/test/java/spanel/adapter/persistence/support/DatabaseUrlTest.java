package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    @Test
    void aJdbcPostgresUrlIsTakenAsIs() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db:5432/spanel?sslmode=disable");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/spanel?sslmode=disable");
        assertThat(url.dialect()).isEqualTo(SQLDialect.POSTGRES);
        assertThat(url.user()).isEmpty();
    }

    @Test
    void aPostgresUriBecomesJdbcWithItsCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://panel:s%40cret@db.example:6543/spanel");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/spanel");
        assertThat(url.user()).contains("panel");
        assertThat(url.password()).contains("s@cret");
        assertThat(url.dialect()).isEqualTo(SQLDialect.POSTGRES);
    }

    @Test
    void thePortDefaultsTo5432() {
        assertThat(DatabaseUrl.parse("postgresql://db/spanel").jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/spanel");
    }

    @Test
    void credentialsInTheUrlWinOverSeparateOnes() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://a:b@db/x").withCredentials("other", "pw");

        assertThat(url.user()).contains("a");
        assertThat(url.password()).contains("b");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db/x").withCredentials("other", "pw").user()).contains("other");
    }

    @Test
    void theEmbeddedDefaultIsAnH2FileInThePostgresMode() {
        DatabaseUrl url = DatabaseUrl.embedded(Path.of("/srv/spanel/data"));

        assertThat(url.jdbcUrl()).startsWith("jdbc:h2:file:/srv/spanel/data/spanel;MODE=PostgreSQL");
        assertThat(url.isEmbedded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://db/x", "localhost:5432", "postgres://", "postgres://db", "jdbc:postgresql:///x", "", "  "})
    void anUnreadableUrlIsRefusedWithTheReason(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABASE_URL");
    }

    @Test
    void aRefusalNeverShowsThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@db/x"))
                .hasMessageNotContaining("topsecret");
    }
}
