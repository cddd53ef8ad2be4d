package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.in.SetUserBanCommand;
import spanel.application.admin.port.in.UserBanSet;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;

public final class SetUserBanService implements SetUserBan {

    private final UserDirectory directory;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public SetUserBanService(UserDirectory directory, AuditTrail audit, TransactionRunner transactions) {
        this.directory = Objects.requireNonNull(directory);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public UserBanSet set(SetUserBanCommand command) {
        return transactions.inTransaction(() -> {
            if (!directory.setBanned(command.user(), command.banned())) {
                throw new NotFound("no user " + command.user());
            }
            audit.record(new AuditEntry(command.admin(), command.banned() ? "user.ban" : "user.unban",
                    "user:" + command.user(), ""));
            return new UserBanSet(command.user(), command.banned());
        });
    }
}
