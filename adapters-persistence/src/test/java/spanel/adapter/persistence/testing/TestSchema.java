package spanel.adapter.persistence.testing;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.adapter.persistence.support.Persistence;

/** One freshly migrated database for one test class; closing it drops it. */
public final class TestSchema implements AutoCloseable {

    /** How a schema is thrown away. */
    @FunctionalInterface
    interface Dropper {
        void drop() throws SQLException;
    }

    private final DataSource dataSource;
    private final DatabaseUrl url;
    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final Dropper dropper;

    TestSchema(DataSource dataSource, DatabaseUrl url, Dropper dropper) {
        this.dataSource = dataSource;
        this.url = url;
        this.dialect = url.dialect();
        this.dsl = Persistence.dsl(dataSource, dialect);
        this.dropper = dropper;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where this schema is, for starting the whole application on it. */
    public DatabaseUrl url() {
        return url;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() throws SQLException {
        dropper.drop();
    }
}
