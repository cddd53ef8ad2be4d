package spanel.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.application.admin.port.in.ListUsers;
import spanel.application.user.AccountFakes;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.user.UserAccount;

class ListUsersServiceTest {

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final ListUsersService service = new ListUsersService(new UserDirectoryFake(accounts));

    @BeforeEach
    void threeAccounts() {
        for (long id = 1; id <= 3; id++) {
            accounts.stored.add(aUser(id).build());
        }
    }

    private Page<UserAccount> list(String search, PageRequest page) {
        return service.list(new ListUsers.Query(Optional.ofNullable(search), page));
    }

    @Test
    void theSearchTextIsTrimmedAndABlankSearchListsEveryone() {
        assertThat(list("  u2@  ", new PageRequest(1, 20)).items()).extracting(a -> a.id().value()).containsExactly(2L);
        assertThat(list("   ", new PageRequest(1, 20)).total()).isEqualTo(3);
    }

    @Test
    void aPageHoldsAtMostItsSizeAndTheTotalCountsEveryMatch() {
        Page<UserAccount> page = list(null, new PageRequest(2, 2));

        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void anOverlongSearchIsRefusedWhenTheQueryIsMade() {
        assertThatThrownBy(() -> new ListUsers.Query(Optional.of("x".repeat(ListUsers.Query.MAX_SEARCH_LENGTH + 1)),
                new PageRequest(1, 20))).isInstanceOf(IllegalArgumentException.class);
    }
}
