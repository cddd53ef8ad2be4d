package spanel.application.notice.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;

/**
 * The notices raised, one per event, recipient and boundary, and their deliveries waiting, one per
 * channel. A delivery is leased: a claim is a guarded update that one caller wins, and holds the
 * delivery for the lease; only the holder of the lease records the outcome.
 */
public interface Outbox {

    /**
     * Keeps a notice with a delivery for each of {@code channels}, due at {@code at}; false when the
     * same notice was kept before (nothing changes then).
     */
    boolean add(Entry entry, Set<NoticeChannel> channels, Instant at);

    /** The ids of deliveries due at {@code now} (not sent, not given up, not leased), oldest first. */
    List<Long> due(Instant now, int limit);

    /**
     * Claims a due delivery until {@code now + lease}, counting the attempt; empty when another
     * caller holds it, or it was sent or given up meanwhile.
     */
    Optional<Claimed> claim(long deliveryId, Instant now, Duration lease);

    /** Records the delivery as sent; false when the lease was lost (another caller may have claimed it since). */
    boolean delivered(Claimed claimed, Instant at);

    /** Records a failed attempt: tried again from {@code retryAt}, or, when empty, given up; false when the lease was lost. */
    boolean attemptFailed(Claimed claimed, String reason, Optional<Instant> retryAt, Instant at);

    /** The newest deliveries, in {@code state} when given, for the operator. */
    List<Listed> list(Optional<State> state, int limit);

    /** Puts a delivery given up back in line, due at {@code at}, its attempts counted afresh; false when it was not given up. */
    boolean retry(long deliveryId, Instant at);

    /**
     * Deletes at most {@code limit} notices created before {@code createdBefore}, with their
     * deliveries, oldest first: only those none of whose deliveries is still waiting, and never a
     * traffic notice of the user's traffic period now (it is what says that period was told).
     * Answers how many were deleted.
     */
    int prune(Instant createdBefore, int limit);

    /** A notice to keep: {@code user} 0 is the operators (node alerts), whose webhook delivery is one for all admins. */
    record Entry(NoticeEvent event, long user, String boundary, NoticeLanguage language, Map<String, String> values) {

        public Entry {
            values = Map.copyOf(values);
        }
    }

    /**
     * A delivery claimed for one attempt ({@code attempt} counts from 1), with where it goes: the
     * account's mail address and linked Telegram chat as they are now.
     */
    record Claimed(long id, String lease, NoticeChannel channel, Entry entry, int attempt, Instant createdAt,
            Optional<String> email, Optional<Long> telegramChat) {
    }

    enum State {
        PENDING, SENT, FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Listed(long id, NoticeEvent event, long user, String boundary, NoticeChannel channel, State state,
            int attempts, Instant createdAt, Optional<Instant> nextAttemptAt, Optional<String> lastError) {
    }
}
