package spanel.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL's user list trigger compares {@code u + d} with the quota, which fails the whole
 * write once the counters together pass the largest bigint (they stop there each, so they can).
 * It is made again comparing {@code u < transfer_enable - d}, the same test without the sum. H2's
 * trigger compares in Java and needs no migration.
 */
public final class V26_1__UserListTriggerWithoutOverflow extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        String schema = "\"" + connection.getSchema().replace("\"", "\"\"") + "\"";
        String old = V14_1__UserListTriggers.LISTED_COLUMNS.stream().map(c -> "OLD." + c).collect(Collectors.joining(", "));
        String now = V14_1__UserListTriggers.LISTED_COLUMNS.stream().map(c -> "NEW." + c).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER users_list_changed ON " + schema + ".users");
            statement.execute("CREATE CONSTRAINT TRIGGER users_list_changed AFTER UPDATE ON " + schema + ".users "
                    + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((" + old + ") IS DISTINCT FROM (" + now + ") "
                    + "OR (OLD.u < OLD.transfer_enable - OLD.d) <> (NEW.u < NEW.transfer_enable - NEW.d)) "
                    + "EXECUTE FUNCTION " + schema + ".user_list_changed()");
        }
    }
}
