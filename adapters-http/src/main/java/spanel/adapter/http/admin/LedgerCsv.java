package spanel.adapter.http.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import spanel.application.admin.port.in.AdminQueries;
import spanel.domain.balance.BookedEntry;
import spanel.domain.balance.LedgerEntry;

/**
 * The balance ledger of a time range as CSV (RFC 4180, a header line, CRLF): one row per balance
 * change, oldest first, read and written a batch at a time so a long range never sits in memory.
 * Amounts are two-decimal strings, as the admin JSON writes money; times ISO-8601 UTC. A text
 * cell that a spreadsheet would take for a formula (=, +, -, @) is written with a leading
 * apostrophe.
 */
public final class LedgerCsv {

    static final String HEADER = "id,user_id,delta,balance_after,source_type,source_id,note,created_at";
    private static final int BATCH = 1_000;

    private LedgerCsv() {
    }

    /** Writes every row booked in [from, to); answers how many. */
    public static long write(AdminQueries queries, Instant from, Instant to, Writer out) {
        try {
            out.write(HEADER + "\r\n");
            long afterId = 0;
            long rows = 0;
            while (true) {
                List<BookedEntry> batch = queries.ledger(new AdminQueries.LedgerQuery(from, to, afterId, BATCH));
                for (BookedEntry booked : batch) {
                    out.write(row(booked));
                    afterId = booked.id();
                }
                rows += batch.size();
                if (batch.size() < BATCH) {
                    out.flush();
                    return rows;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the ledger export could not be written", e);
        }
    }

    static String row(BookedEntry booked) {
        LedgerEntry entry = booked.entry();
        return booked.id() + "," + entry.userId().value() + "," + amount(entry.deltaFen()) + ","
                + amount(entry.balanceAfter().fen()) + "," + text(entry.sourceType()) + "," + text(entry.sourceId()) + ","
                + text(entry.note()) + "," + booked.bookedAt() + "\r\n";
    }

    /** Fen as a signed two-decimal amount: -500 → -5.00. */
    static String amount(long fen) {
        long abs = Math.abs(fen);
        return (fen < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
