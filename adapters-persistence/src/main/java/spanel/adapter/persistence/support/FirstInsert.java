package spanel.adapter.persistence.support;

import org.jooq.DSLContext;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * "First insert wins": of several inserts of the same unique key, one makes the row and the others
 * learn that someone got there first, without failing their transaction.
 *
 * <p>PostgreSQL's ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit and
 * then inserts nothing, leaving the transaction usable. H2 emulates it with MERGE, which instead
 * raises the unique violation once the other insert commits; H2 rolls back only that statement, so
 * there the violation means "inserted already". On PostgreSQL a violation is something else (a
 * foreign key, a check) and is rethrown.
 */
public final class FirstInsert {

    private FirstInsert() {
    }

    /** True when this insert made the row, false when a row with the same unique key was there first. */
    public static boolean wins(DSLContext dsl, InsertOnDuplicateStep<?> insert) {
        try {
            return insert.onConflictDoNothing().execute() == 1;
        } catch (IntegrityConstraintViolationException raced) {
            if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                throw raced;
            }
            return false;
        }
    }
}
