package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL that does not answer, as the panel's own pool meets it: a transaction fails with the
 * pool's "no connection" as its cause, which the HTTP edge turns into a 503, and with nothing that
 * hides it.
 */
class DatabaseOutageTest {

    @Test
    void aTransactionOnADatabaseThatDoesNotAnswerFailsWithTheConnectionFailureAsItsCause() throws IOException {
        try (HikariDataSource pool = new HikariDataSource(poolOn(aPortNobodyListensOn()))) {
            JooqTransactionRunner transactions = new JooqTransactionRunner(Persistence.dsl(pool, SQLDialect.POSTGRES));

            Throwable failure = catchThrowable(() -> transactions.inTransaction(() -> 1));

            assertThat(everythingIn(failure)).as("the failure, its causes and what they suppressed")
                    .noneMatch(t -> t instanceof IllegalArgumentException)
                    .anyMatch(t -> t instanceof SQLTransientConnectionException);
        }
    }

    private static HikariConfig poolOn(int port) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/spanel");
        config.setUsername("postgres");
        config.setConnectionTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        config.setMaximumPoolSize(1);
        return config;
    }

    private static int aPortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Throwable> everythingIn(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        collect(failure, all);
        return all;
    }

    private static void collect(Throwable t, List<Throwable> all) {
        if (t == null || all.contains(t)) {
            return;
        }
        all.add(t);
        collect(t.getCause(), all);
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, all);
        }
    }
}
