package spanel.adapter.persistence.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.support.Persistence;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.domain.health.DependencyState;

class JooqDatabaseProbeTest extends PersistenceContractTest {

    @Test
    void aDatabaseThatAnswersIsUp() {
        assertThat(new JooqDatabaseProbe(dsl()).probe()).isEqualTo(DependencyState.UP);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsDownRatherThanAnError() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/nothing");
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource nowhere = new HikariDataSource(config)) {
            var probe = new JooqDatabaseProbe(Persistence.dsl(nowhere, SQLDialect.POSTGRES));

            assertThat(probe.probe()).isEqualTo(DependencyState.DOWN);
        }
    }
}
