package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.SomeAccounts;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.NewAccount;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class JooqUserAccountsTest extends PersistenceContractTest {

    private UserAccounts accounts() {
        return new JooqUserAccounts(dsl());
    }

    @Test
    void aNewAccountIsStoredWithItsDefaultsAndCredentials() {
        NewAccount account = named(uniqueEmail("new"));
        UserId id = accounts().add(account);

        UserAccount stored = accounts().find(id).orElseThrow();

        assertThat(stored.email()).isEqualTo(account.email());
        assertThat(stored.money().isZero()).isTrue();
        assertThat(stored.transferEnable()).isEqualTo(Traffic.ofGigabytes(10));
        assertThat(stored.expireIn()).isEqualTo(SomeAccounts.NOW.plus(Duration.ofDays(30)));
        assertThat(stored.classExpire()).isEqualTo(stored.expireIn());
        assertThat(stored.credentials()).isEqualTo(account.credentials());
        assertThat(stored.inviteCode()).isEqualTo(account.inviteCode());
        assertThat(stored.admin()).isFalse();
        assertThat(stored.banned()).isFalse();
    }

    @Test
    void aTakenEmailIsRefusedByTheUniqueConstraint() {
        String email = uniqueEmail("twice");
        accounts().add(named(email));

        assertThatThrownBy(() -> accounts().add(named(email))).isInstanceOf(EmailTaken.class);
    }

    @Test
    void aTakenPortIsReportedAsCredentialsToDrawAgain() {
        accounts().add(SomeAccounts.onPort(uniqueEmail("first"), 30_001));

        assertThatThrownBy(() -> accounts().add(SomeAccounts.onPort(uniqueEmail("second"), 30_001)))
                .isInstanceOf(UserAccounts.CredentialsTaken.class);
    }

    @Test
    void aLoginIsFoundByEmailWithItsHash() {
        NewAccount account = named(uniqueEmail("login"));
        UserId id = accounts().add(account);

        var login = accounts().findLogin(account.email()).orElseThrow();

        assertThat(login.userId()).isEqualTo(id);
        assertThat(login.passwordHash()).isEqualTo(account.passwordHash());
        assertThat(accounts().findLogin(Email.of(uniqueEmail("nobody")))).isEmpty();
    }

    @Test
    void anInviterIsFoundByInviteCodeAndRecordedOnTheInvitee() {
        NewAccount inviter = named(uniqueEmail("inviter"));
        UserId inviterId = accounts().add(inviter);

        assertThat(accounts().findByInviteCode(inviter.inviteCode())).contains(inviterId);
        assertThat(accounts().findByInviteCode("no-such-code")).isEmpty();
        NewAccount invitee = named(uniqueEmail("invitee"));
        UserId inviteeId = accounts().add(new NewAccount(invitee.email(), invitee.passwordHash(), invitee.credentials(),
                invitee.inviteCode(), Optional.of(inviterId), invitee.defaults(), invitee.createdAt(), false));
        assertThat(accounts().find(inviteeId).orElseThrow().inviter()).contains(inviterId);
    }
}
