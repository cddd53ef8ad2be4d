package spanel.adapter.persistence.testing;

import java.sql.SQLException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import spanel.adapter.persistence.support.JooqTransactionRunner;
import spanel.application.common.port.out.TransactionRunner;

/**
 * Base of every persistence test: the whole class runs once against a fresh schema on the real
 * PostgreSQL and once against H2 in PostgreSQL mode. Test methods share their class's schema, so
 * each test creates the rows it needs rather than counting on an empty table.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PersistenceContractTest {

    @Parameter
    protected TestDatabase database;

    private TestSchema schema;

    @BeforeParameterizedClassInvocation
    void openFreshSchema() {
        schema = database.openFreshSchema();
    }

    @AfterParameterizedClassInvocation
    void dropSchema() throws SQLException {
        schema.close();
    }

    protected TestSchema schema() {
        return schema;
    }

    protected DSLContext dsl() {
        return schema.dsl();
    }

    protected TransactionRunner transactions() {
        return new JooqTransactionRunner(schema.dsl());
    }
}
