package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.admin.port.in.AdminQueries;

/**
 * GET /app/api/v0/admin/ledger/export?from=&to= (Unix seconds; from inclusive, to exclusive, both
 * required) → text/csv, every balance change booked in the range ({@link LedgerCsv}).
 */
public final class ExportLedgerHandler implements Handler {

    private final AdminQueries queries;

    public ExportLedgerHandler(AdminQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        Instant from = ListOrdersHandler.time(ctx, "from").orElseThrow(() -> InvalidRequest.field("from", "is required"));
        Instant to = ListOrdersHandler.time(ctx, "to").orElseThrow(() -> InvalidRequest.field("to", "is required"));
        if (!from.isBefore(to)) {
            throw InvalidRequest.field("to", "must be after from");
        }
        // Asked before the answer starts, so a database that is down is a 503, not a cut-off file.
        queries.ledger(new AdminQueries.LedgerQuery(from, to, 0, 1));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + from.getEpochSecond() + "-"
                        + to.getEpochSecond() + ".csv\"")
                .header("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        LedgerCsv.write(queries, from, to, out);
    }
}
