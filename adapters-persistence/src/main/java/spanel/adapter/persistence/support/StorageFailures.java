package spanel.adapter.persistence.support;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot store (disk full, file closed after a failed write) from a
 * statement that is wrong. H2 reports its storage failures with codes of its own; here they become
 * the standard SQL states the rest of the service reads as "the database is unavailable": 53100
 * (disk full) and 08003 (connection does not exist). PostgreSQL already reports them that way.
 */
public final class StorageFailures {

    /** H2: "The database has been closed" (after a failed write, the store closes itself). */
    static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90098;
    /** H2: "Database is already closed". */
    static final int H2_DATABASE_IS_CLOSED = 90121;
    /** H2: an IOException while reading or writing the file. */
    static final int H2_IO_EXCEPTION_1 = 90028;
    static final int H2_IO_EXCEPTION_2 = 90031;
    /** H2: "General error", which wraps the MVStore's own write failures. */
    static final int H2_GENERAL_ERROR = 50000;

    private StorageFailures() {
    }

    /** True when the database behind this connection is closed or cannot write: the connection is no use any more. */
    public static boolean isStorageFailure(SQLException e) {
        return isClosed(e) || cannotWrite(e);
    }

    /** The same failure in the standard form, or the exception itself when it is not a storage failure. */
    static SQLException standardised(SQLException e) {
        if (isClosed(e)) {
            return new SQLTransientConnectionException("the database is closed: " + firstLine(e), "08003", e);
        }
        if (cannotWrite(e)) {
            return new SQLException("the database cannot write (disk full?): " + firstLine(e), "53100", e);
        }
        return e;
    }

    /** As {@link #standardised(SQLException)}, for whatever a jOOQ call threw. */
    static RuntimeException standardised(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException standard = standardised(sql);
                return standard == sql ? e : new org.jooq.exception.DataAccessException(standard.getMessage(), standard);
            }
        }
        return e;
    }

    private static boolean isClosed(SQLException e) {
        return isH2(e) && (e.getErrorCode() == H2_DATABASE_CALLED_AT_SHUTDOWN || e.getErrorCode() == H2_DATABASE_IS_CLOSED);
    }

    private static boolean cannotWrite(SQLException e) {
        if (!isH2(e)) {
            return false;
        }
        if (e.getErrorCode() == H2_IO_EXCEPTION_1 || e.getErrorCode() == H2_IO_EXCEPTION_2) {
            return true;
        }
        return e.getErrorCode() == H2_GENERAL_ERROR && causedByStorage(e);
    }

    /** An MVStore failure or an IOException under the general error (a bug in a statement is neither). */
    private static boolean causedByStorage(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t.getClass().getName().startsWith("org.h2.mvstore.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
