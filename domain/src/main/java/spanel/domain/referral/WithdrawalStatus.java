package spanel.domain.referral;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A withdrawal waits for an admin, who approves (pays it out) or rejects it (its amount goes back). */
public enum WithdrawalStatus {
    PENDING(0),
    APPROVED(1),
    REJECTED(2);

    private final int code;

    WithdrawalStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WithdrawalStatus fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no withdrawal status " + code));
    }

    public static Optional<WithdrawalStatus> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(text)).findFirst();
    }
}
