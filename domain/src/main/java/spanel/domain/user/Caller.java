package spanel.domain.user;

import java.util.Objects;

/** Who is making a request, as the database says right now: read afresh for every request. */
public record Caller(UserId userId, boolean admin) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
    }
}
