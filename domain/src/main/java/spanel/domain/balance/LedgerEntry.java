package spanel.domain.balance;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/**
 * One balance change, kept so that a balance always equals the sum of its entries. The source
 * (type and id) is unique: the same event can never be booked twice.
 */
public record LedgerEntry(UserId userId, long deltaFen, Money balanceAfter, String sourceType, String sourceId, String note) {

    public static final String ADMIN = "admin";
    public static final String PURCHASE = "purchase";

    public LedgerEntry {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(note, "note");
        if (deltaFen == 0) {
            throw new IllegalArgumentException("a ledger entry changes the balance");
        }
        if (sourceId.isBlank() || sourceId.length() > 64) {
            throw new IllegalArgumentException("a ledger source id has 1 to 64 characters");
        }
        if (note.length() > 255) {
            throw new IllegalArgumentException("a ledger note has at most 255 characters");
        }
    }
}
