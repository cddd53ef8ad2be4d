package spanel.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import spanel.adapter.persistence.node.H2UserListTrigger;

/**
 * Every commit that changes what a node's user list may show bumps a user list generation, from
 * triggers on {@code users}, so no write path can forget it. PostgreSQL bumps once per transaction
 * at commit time (a deferred constraint trigger), after the transaction's user rows are locked, so
 * the generation row is always the last lock taken and cannot deadlock. H2 has no deferred
 * triggers and bumps at the write, through {@link H2UserListTrigger}.
 */
public final class V14_1__UserListTriggers extends BaseJavaMigration {

    /** The columns a node list serves or decides eligibility by; the traffic quota is checked apart. */
    public static final List<String> LISTED_COLUMNS = List.of("passwd", "uuid", "port", "method", "protocol",
            "protocol_param", "obfs", "obfs_param", "node_speedlimit", "node_iplimit", "enable", "switch_on",
            "banned", "expire_in", "class", "class_expire", "node_group");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            if (product.toLowerCase().contains("postgres")) {
                postgres(statement, quoted(connection.getSchema()));
            } else {
                statement.execute("CREATE TRIGGER users_list_generation AFTER INSERT, UPDATE, DELETE ON users "
                        + "FOR EACH ROW CALL '" + H2UserListTrigger.class.getName() + "'");
            }
        }
    }

    private static void postgres(Statement statement, String schema) throws SQLException {
        // Skips the bump when this transaction already made it (the row's xmin is then its own id).
        statement.execute("CREATE FUNCTION " + schema + ".user_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n"
                + "  UPDATE " + schema + ".user_list_generations SET generation = generation + 1\n"
                + "   WHERE stripe = (txid_current() % 16)::integer AND xmin <> pg_current_xact_id()::xid;\n"
                + "  RETURN NULL;\n"
                + "END $$");
        String old = LISTED_COLUMNS.stream().map(c -> "OLD." + c).collect(Collectors.joining(", "));
        String now = LISTED_COLUMNS.stream().map(c -> "NEW." + c).collect(Collectors.joining(", "));
        statement.execute("CREATE CONSTRAINT TRIGGER users_list_changed AFTER UPDATE ON " + schema + ".users "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((" + old + ") IS DISTINCT FROM (" + now + ") "
                + "OR (OLD.u + OLD.d < OLD.transfer_enable) <> (NEW.u + NEW.d < NEW.transfer_enable)) "
                + "EXECUTE FUNCTION " + schema + ".user_list_changed()");
        statement.execute("CREATE CONSTRAINT TRIGGER users_list_joined_or_left AFTER INSERT OR DELETE ON "
                + schema + ".users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                + schema + ".user_list_changed()");
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
