package spanel.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.application.admin.port.in.UpdateUser;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.AccountFakes;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class UpdateUserServiceTest {

    private static final UserId ADMIN = UserId.of(1);
    private static final UserId ALICE = UserId.of(7);

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final UpdateUserService service = new UpdateUserService(new UserDirectoryFake(accounts), accounts,
            new AccountFakes.Resets(), audit::add, transactions);

    @BeforeEach
    void aliceAndBob() {
        accounts.stored.add(aUser(7).build());
        accounts.stored.add(aUser(8).build());
    }

    private static AccountChanges classAndEmail(Optional<Integer> userClass, Optional<Email> email) {
        return new AccountChanges(userClass, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), email);
    }

    @Test
    void theChangedAccountIsAnsweredAndTheChangeIsAuditedInOneTransaction() {
        UserAccount updated = service.update(new UpdateUser.Command(ADMIN, ALICE,
                classAndEmail(Optional.of(2), Optional.of(Email.of("alice@example.com")))));

        assertThat(updated.userClass()).isEqualTo(2);
        assertThat(updated.email()).isEqualTo(Email.of("alice@example.com"));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.update");
            assertThat(entry.target()).isEqualTo("user:" + ALICE);
            assertThat(entry.detail()).isEqualTo("class=2; email=alice@example.com");
        });
        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void anotherAccountsEmailIsRefusedAndNothingIsAudited() {
        assertThatThrownBy(() -> service.update(new UpdateUser.Command(ADMIN, ALICE,
                classAndEmail(Optional.empty(), Optional.of(Email.of("u8@example.com")))))).isInstanceOf(EmailTaken.class);
        assertThat(audit).isEmpty();
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void anUnknownUserIsNotFoundAndNothingIsAudited() {
        assertThatThrownBy(() -> service.update(new UpdateUser.Command(ADMIN, UserId.of(99),
                classAndEmail(Optional.of(1), Optional.empty())))).isInstanceOf(NotFound.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingIsRefusedWhenTheCommandIsMade() {
        assertThatThrownBy(() -> new UpdateUser.Command(ADMIN, ALICE, classAndEmail(Optional.empty(), Optional.empty())))
                .hasMessageStartingWith("body:");
    }
}
