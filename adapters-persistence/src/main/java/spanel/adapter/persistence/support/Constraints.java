package spanel.adapter.persistence.support;

import java.util.Locale;
import org.jooq.exception.DataAccessException;

/**
 * Tells which named constraint a failed write broke. PostgreSQL and H2 both report a unique
 * violation as SQL state 23505 and name the constraint (H2: its index) in the message.
 */
public final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    public static boolean isUniqueViolation(DataAccessException e, String constraint) {
        return UNIQUE_VIOLATION.equals(e.sqlState()) && messages(e).contains(constraint.toLowerCase(Locale.ROOT));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
