package spanel.application.admin.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.page.PageRequest;

public record ListUsersQuery(Optional<String> emailContains, PageRequest page) {

    public static final int MAX_SEARCH_LENGTH = 255;

    public ListUsersQuery {
        Objects.requireNonNull(page, "page");
        emailContains = Objects.requireNonNull(emailContains, "emailContains").map(String::strip).filter(q -> !q.isEmpty());
        if (emailContains.isPresent() && emailContains.get().length() > MAX_SEARCH_LENGTH) {
            throw new IllegalArgumentException("at most " + MAX_SEARCH_LENGTH + " characters");
        }
    }
}
