package spanel.application.imports.port.in;

import java.util.List;
import java.util.Optional;

/**
 * Brings another panel's installation into spanel: users with their balances, traffic, credentials
 * and old subscription tokens, nodes with their ids and keys, and plans. A dry run reads and reports
 * only; an applied run writes in batches, one transaction each, and can be run again: what an earlier
 * run brought over is skipped, never written twice.
 */
public interface ImportInstallation {

    Report run(Command command);

    record Command(boolean apply) {
    }

    /** What was (or, in a dry run, would be) created, skipped and changed, per table, and the sums. */
    record Report(String source, boolean applied, List<Table> tables, List<String> notices, Totals sourceTotals,
            Totals importedTotals, Optional<Totals> spanelTotals) {
    }

    /** One table: how many rows it creates, how many earlier runs already brought, and the rows refused or changed. */
    record Table(String name, int create, int alreadyImported, List<Row> skipped, List<Row> changed) {
    }

    /** A source row and what happens to it. */
    record Row(String id, String reason) {
    }

    /** Users, Σ balances in fen, Σ upload, Σ download, Σ quota in bytes. */
    record Totals(long users, long balanceFen, long u, long d, long transferEnable) {
    }
}
