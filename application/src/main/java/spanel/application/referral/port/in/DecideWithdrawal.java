package spanel.application.referral.port.in;

import java.util.Objects;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;
import spanel.domain.user.UserId;

/**
 * An admin approves a pending withdrawal (it was paid out, outside the panel) or rejects it (its
 * amount goes back to the commission balance), once, audited.
 */
public interface DecideWithdrawal {

    Withdrawal decide(Command command);

    record Command(UserId admin, WithdrawalId withdrawal, boolean approve, String note) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(withdrawal, "withdrawal");
            note = note == null ? "" : note.strip();
            if (note.length() > Withdrawal.MAX_NOTE) {
                throw new IllegalArgumentException("note: at most " + Withdrawal.MAX_NOTE + " characters");
            }
        }
    }
}
