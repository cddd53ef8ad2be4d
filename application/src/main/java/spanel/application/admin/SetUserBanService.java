package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.PasswordResets;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;

/**
 * Bans or unbans a user, audited. A ban also revokes every token the user holds and drops every
 * password-reset link sent to them, in the same transaction: an unban later lets them log in
 * again, but brings no old session and no old link back.
 */
public final class SetUserBanService implements SetUserBan {

    private final UserDirectory directory;
    private final AccessTokens tokens;
    private final PasswordResets resets;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public SetUserBanService(UserDirectory directory, AccessTokens tokens, PasswordResets resets, AuditTrail audit,
            TransactionRunner transactions) {
        this.directory = Objects.requireNonNull(directory);
        this.tokens = Objects.requireNonNull(tokens);
        this.resets = Objects.requireNonNull(resets);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public UserBanSet set(Command command) {
        return transactions.inTransaction(() -> {
            if (!directory.setBanned(command.user(), command.banned())) {
                throw new NotFound("no user " + command.user());
            }
            if (command.banned()) {
                tokens.revokeAllOf(command.user());
                resets.dropAllOf(command.user());
            }
            audit.record(new AuditEntry(command.admin(), command.banned() ? "user.ban" : "user.unban",
                    "user:" + command.user(), ""));
            return new UserBanSet(command.user(), command.banned());
        });
    }
}
