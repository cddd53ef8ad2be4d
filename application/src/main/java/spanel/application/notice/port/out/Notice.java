package spanel.application.notice.port.out;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.UserId;

/**
 * Something that should reach someone: the event, its recipient (a user, or the operators for
 * {@link NoticeEvent#forOperators()} events), the boundary that makes it one (the order, the plan's
 * end, the incident), and the values its templates show.
 */
public record Notice(NoticeEvent event, Optional<UserId> user, String boundary, Map<String, String> values) {

    /** The longest value kept: a longer one (a plan's name, say) is cut, so a notice never fails its change. */
    public static final int VALUE_LENGTH = 300;

    /** The longest boundary kept. */
    public static final int BOUNDARY_LENGTH = 120;

    public Notice {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(boundary, "boundary");
        values = shortened(values);
        if (boundary.isEmpty() || boundary.length() > BOUNDARY_LENGTH) {
            throw new IllegalArgumentException("a boundary has 1 to " + BOUNDARY_LENGTH + " characters");
        }
        if (event.forOperators() != user.isEmpty()) {
            throw new IllegalArgumentException(event.word() + (event.forOperators() ? " goes to the operators" : " goes to one user"));
        }
    }

    private static Map<String, String> shortened(Map<String, String> values) {
        Map<String, String> kept = new java.util.HashMap<>();
        values.forEach((name, value) -> kept.put(name, value.length() <= VALUE_LENGTH ? value
                : value.substring(0, VALUE_LENGTH - 1) + "\u2026"));
        return Map.copyOf(kept);
    }

    public static Notice toUser(NoticeEvent event, UserId user, String boundary, Map<String, String> values) {
        return new Notice(event, Optional.of(user), boundary, values);
    }

    public static Notice toOperators(NoticeEvent event, String boundary, Map<String, String> values) {
        return new Notice(event, Optional.empty(), boundary, values);
    }
}
