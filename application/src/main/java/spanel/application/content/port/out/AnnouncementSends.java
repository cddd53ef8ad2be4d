package spanel.application.content.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Audience;
import spanel.domain.user.UserId;

/**
 * Announcements on their way out through the outbox, each with how far (by user id) its notices
 * are raised. The progress moves by guarded updates, so of two runners raising the same batch one
 * moves it and the other learns it lost.
 */
public interface AnnouncementSends {

    /** Asks for the announcement to be sent to its audience; asking again changes nothing. */
    void request(AnnouncementId id, Instant at);

    /** Sends not finished, oldest first, at most {@code limit}. */
    List<Progress> pending(int limit);

    /** How far the send is, or empty once it is finished (or gone with its announcement). */
    Optional<Long> progress(AnnouncementId id);

    /**
     * Enabled users meant by {@code audience} (by their class, 0 once it expired at {@code now}, and
     * node group) with an id above {@code afterUser}, by id, at most {@code limit}.
     */
    List<UserId> audience(Audience audience, long afterUser, Instant now, int limit);

    /** Moves the send from {@code from} to {@code to}; false when it is no longer at {@code from}. */
    boolean advance(AnnouncementId id, long from, long to);

    /** Marks the send finished at {@code from}; false when it is no longer there. */
    boolean finish(AnnouncementId id, long from, Instant at);

    /** A send not finished: users up to {@code afterUser} were told. */
    record Progress(AnnouncementId id, long afterUser) {
    }
}
