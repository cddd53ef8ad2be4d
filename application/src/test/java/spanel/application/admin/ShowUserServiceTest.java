package spanel.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import org.junit.jupiter.api.Test;
import spanel.application.user.AccountFakes;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class ShowUserServiceTest {

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final ShowUserService service = new ShowUserService(accounts);

    @Test
    void anAdminSeesAnyAccountBannedOrNot() {
        UserAccount banned = aUser(7).banned().build();
        accounts.stored.add(banned);

        assertThat(service.show(UserId.of(7))).isEqualTo(banned);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> service.show(UserId.of(9))).isInstanceOf(NotFound.class);
    }
}
