package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.UnlockLogIns;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserId;

public final class UnlockLogInsService implements UnlockLogIns {

    private final UserAccounts accounts;

    public UnlockLogInsService(UserAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public UserId unlock(Command command) {
        return accounts.unlockLogIns(command.email())
                .orElseThrow(() -> new NotFound("no account has the email " + command.email()));
    }
}
