package spanel.adapter.persistence.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;

/**
 * Fixed PostgreSQL statements run on the transaction's own JDBC connection, for the paths that run
 * most often: every node report, every signed-in request's token, every purchase. jOOQ renders and
 * binds a statement anew on every execution (40 % of a purchase's CPU in a profile), and
 * binds a {@code bigint[]} as the text of every number; here the SQL is a constant the driver
 * prepares once per connection, and {@code long[]} arrays go to the server in binary.
 */
public final class HotPath {

    private final DSLContext dsl;

    public HotPath(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Reads a result, row by row or whole. */
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs a query with these parameters ({@code long[]} for arrays) and reads its rows. */
    public <T> T query(String sql, Reader<T> reader, Object... parameters) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            }
        });
    }

    /** Runs a statement with these parameters; the rows it changed. */
    public int execute(String sql, Object... parameters) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
