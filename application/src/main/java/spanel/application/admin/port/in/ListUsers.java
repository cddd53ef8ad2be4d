package spanel.application.admin.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.user.UserAccount;

/** An admin pages through the accounts, optionally searching by email. */
public interface ListUsers {

    Page<UserAccount> list(Query query);

    record Query(Optional<String> emailContains, PageRequest page) {
        public static final int MAX_SEARCH_LENGTH = 255;

        public Query {
            Objects.requireNonNull(page, "page");
            emailContains = Objects.requireNonNull(emailContains, "emailContains").map(String::strip).filter(q -> !q.isEmpty());
            if (emailContains.isPresent() && emailContains.get().length() > MAX_SEARCH_LENGTH) {
                throw new IllegalArgumentException("at most " + MAX_SEARCH_LENGTH + " characters");
            }
        }
    }
}
