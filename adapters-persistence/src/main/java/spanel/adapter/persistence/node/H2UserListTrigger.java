package spanel.adapter.persistence.node;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;
import spanel.adapter.persistence.migration.V14_1__UserListTriggers;

/**
 * On H2, bumps the user list generation when a user comes, goes, or changes in a way a node's list
 * can see: the same rule as the PostgreSQL trigger. A transaction always bumps the same row (chosen
 * by its session), so two transactions never take two generation rows in opposite orders. An H2
 * database stores this class's name (V14_1): renaming or moving it needs a migration.
 */
public final class H2UserListTrigger implements Trigger {

    private String schema;
    private String table;
    private int[] listed;
    private int u;
    private int d;
    private int transferEnable;
    private int width;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName,
            boolean before, int type) throws SQLException {
        this.schema = schemaName;
        this.table = tableName;
        locateColumns(connection);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null) {
            if (oldRow.length != width) {
                locateColumns(connection);
            }
            if (!changesTheList(oldRow, newRow)) {
                return;
            }
        }
        try (PreparedStatement bump = connection.prepareStatement("UPDATE \"" + schema
                + "\".user_list_generations SET generation = generation + 1 WHERE stripe = MOD(SESSION_ID(), 16)")) {
            bump.executeUpdate();
        }
    }

    private boolean changesTheList(Object[] before, Object[] after) {
        for (int column : listed) {
            if (!Objects.equals(before[column], after[column])) {
                return true;
            }
        }
        return withinQuota(before) != withinQuota(after);
    }

    private boolean withinQuota(Object[] row) {
        // u < quota - d: the same test as u + d < quota, without a sum that can pass the largest long.
        return ((Number) row[u]).longValue() < ((Number) row[transferEnable]).longValue() - ((Number) row[d]).longValue();
    }

    private void locateColumns(Connection connection) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                positions.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("ORDINAL_POSITION") - 1);
            }
        }
        listed = V14_1__UserListTriggers.LISTED_COLUMNS.stream().mapToInt(name -> position(positions, name)).toArray();
        u = position(positions, "u");
        d = position(positions, "d");
        transferEnable = position(positions, "transfer_enable");
        width = positions.size();
    }

    private static int position(Map<String, Integer> positions, String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalStateException("users has no column " + column);
        }
        return position;
    }
}
