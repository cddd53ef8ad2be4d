package spanel.domain.audit;

import java.util.Objects;
import spanel.domain.user.UserId;

/** One admin write, as the audit log keeps it: who, which action, on what, with which details. */
public record AuditEntry(UserId adminId, String action, String target, String detail) {

    public AuditEntry {
        Objects.requireNonNull(adminId, "adminId");
        Objects.requireNonNull(detail, "detail");
        if (action == null || action.isBlank() || action.length() > 64) {
            throw new IllegalArgumentException("an audit action has 1 to 64 characters");
        }
        if (target == null || target.isBlank() || target.length() > 128) {
            throw new IllegalArgumentException("an audit target has 1 to 128 characters");
        }
    }
}
