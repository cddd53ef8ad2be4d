package spanel.domain.balance;

import java.time.Instant;
import java.util.Objects;

/** A ledger entry as it was booked: its row id (the order of booking) and when. */
public record BookedEntry(long id, LedgerEntry entry, Instant bookedAt) {

    public BookedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(bookedAt, "bookedAt");
    }
}
