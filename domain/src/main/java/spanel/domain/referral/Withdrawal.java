package spanel.domain.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** A user's request to be paid commission out: the amount is taken from the commission balance when asked. */
public record Withdrawal(WithdrawalId id, UserId user, Money amount, String method, String account, WithdrawalStatus status,
        Instant createdAt, Optional<Instant> decidedAt, Optional<UserId> decidedBy, String note) {

    public static final int MAX_METHOD = 32;
    public static final int MAX_ACCOUNT = 128;
    public static final int MAX_NOTE = 255;

    public Withdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(note, "note");
    }

    /** A method or account as typed: trimmed, 1 to {@code max} characters, no control characters. */
    public static String text(String field, String typed, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new IllegalArgumentException(field + ": 1 to " + max + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": no control characters");
        }
        return text;
    }
}
