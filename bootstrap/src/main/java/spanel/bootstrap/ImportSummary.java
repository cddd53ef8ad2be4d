package spanel.bootstrap;

import spanel.application.imports.port.in.ImportInstallation.Report;
import spanel.application.imports.port.in.ImportInstallation.Row;
import spanel.application.imports.port.in.ImportInstallation.Table;
import spanel.application.imports.port.in.ImportInstallation.Totals;
import spanel.domain.money.Money;

/** The import report as an operator reads it: per table, then the sums on both sides. */
final class ImportSummary {

    private ImportSummary() {
    }

    static String of(Report report) {
        StringBuilder text = new StringBuilder();
        text.append(report.applied() ? "Imported from " : "Dry run (nothing written; --apply imports) from ")
                .append(report.source()).append('\n');
        for (Table table : report.tables()) {
            text.append(String.format("%-6s %s %d, already imported %d, skipped %d, changed %d%n", table.name(),
                    report.applied() ? "created" : "would create", table.create(), table.alreadyImported(),
                    table.skipped().size(), table.changed().size()));
            for (Row row : table.skipped()) {
                text.append("  skip   ").append(row.id()).append(": ").append(row.reason()).append('\n');
            }
            for (Row row : table.changed()) {
                text.append("  change ").append(row.id()).append(": ").append(row.reason()).append('\n');
            }
        }
        text.append(totals("source users", report.sourceTotals()));
        text.append(totals("to import   ", report.importedTotals()));
        report.spanelTotals().ifPresent(totals -> text.append(totals("in spanel   ", totals)));
        report.notices().forEach(notice -> text.append("note: ").append(notice).append('\n'));
        return text.toString();
    }

    private static String totals(String what, Totals totals) {
        String balance = (totals.balanceFen() < 0 ? "-" : "") + Money.ofFen(Math.abs(totals.balanceFen())).toDecimalString();
        return String.format("%s %d, balances %s, upload %d B, download %d B, quota %d B%n", what, totals.users(), balance,
                totals.u(), totals.d(), totals.transferEnable());
    }
}
