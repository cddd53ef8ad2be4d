package spanel.application.admin.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/**
 * An admin credits or debits a user's balance, with a reason: one guarded update that never goes
 * below zero, one ledger entry and one audit entry, all in one transaction.
 */
public interface AdjustBalance {

    BalanceAdjusted adjust(Command command);

    /** {@code deltaFen} is signed and not zero; the reason is what the ledger note and the audit say. */
    record Command(UserId admin, UserId user, long deltaFen, String reason) {
        public static final int MAX_REASON_LENGTH = 200;
        /** 100 million yuan either way: far above any real adjustment, far below an overflow. */
        public static final long MAX_ABS_FEN = 10_000_000_000L;

        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(user, "user");
            if (deltaFen == 0) {
                throw new IllegalArgumentException("amount: must not be zero");
            }
            if (deltaFen > MAX_ABS_FEN || deltaFen < -MAX_ABS_FEN) {
                throw new IllegalArgumentException("amount: at most 100000000.00 either way");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: is required");
            }
            if (reason.length() > MAX_REASON_LENGTH) {
                throw new IllegalArgumentException("reason: at most " + MAX_REASON_LENGTH + " characters");
            }
        }
    }

    record BalanceAdjusted(UserId user, Money balance) {
    }
}
