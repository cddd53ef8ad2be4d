package spanel.application.admin;

import java.util.Objects;
import spanel.application.admin.port.in.ListUsers;
import spanel.application.admin.port.out.UserDirectory;
import spanel.domain.page.Page;
import spanel.domain.user.UserAccount;

public final class ListUsersService implements ListUsers {

    private final UserDirectory directory;

    public ListUsersService(UserDirectory directory) {
        this.directory = Objects.requireNonNull(directory);
    }

    @Override
    public Page<UserAccount> list(Query query) {
        return directory.search(query.emailContains(), query.page());
    }
}
