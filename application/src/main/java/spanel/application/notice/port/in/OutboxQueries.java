package spanel.application.notice.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The operator's view of the deliveries: the newest first, in one state or all. */
public interface OutboxQueries {

    /** {@code state}: {@code pending}, {@code sent} or {@code failed}; empty for every state. */
    List<Delivery> latest(Optional<String> state, int limit);

    record Delivery(long id, String event, long userId, String boundary, String channel, String state, int attempts,
            Instant createdAt, Optional<Instant> nextAttemptAt, Optional<String> lastError) {
    }
}
