package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.UpdateUser;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.out.PasswordResets;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;

/**
 * A new email drops every password-reset link sent to the old one, in the same transaction: a
 * link in a mailbox the account has left must not set its password.
 */
public final class UpdateUserService implements UpdateUser {

    private final UserDirectory directory;
    private final UserAccounts accounts;
    private final PasswordResets resets;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public UpdateUserService(UserDirectory directory, UserAccounts accounts, PasswordResets resets, AuditTrail audit,
            TransactionRunner transactions) {
        this.directory = Objects.requireNonNull(directory);
        this.accounts = Objects.requireNonNull(accounts);
        this.resets = Objects.requireNonNull(resets);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public UserAccount update(Command command) {
        return transactions.inTransaction(() -> {
            if (!directory.update(command.user(), command.changes())) {
                throw new NotFound("no user " + command.user());
            }
            if (command.changes().email().isPresent()) {
                resets.dropAllOf(command.user());
            }
            audit.record(new AuditEntry(command.admin(), "user.update", "user:" + command.user(),
                    command.changes().describe()));
            return accounts.find(command.user()).orElseThrow(() -> new NotFound("no user " + command.user()));
        });
    }
}
