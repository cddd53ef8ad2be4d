package spanel.application.content.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.user.UserId;

/** Announcements, and which of them each user has read. */
public interface Announcements {

    /** Every announcement, pinned first, then the newest. */
    List<Announcement> all();

    Optional<Announcement> find(AnnouncementId id);

    AnnouncementId add(AnnouncementDraft draft, Instant at);

    /** False when there is no such announcement. */
    boolean replace(AnnouncementId id, AnnouncementDraft draft);

    /** False when there is no such announcement; its read marks go with it. */
    boolean remove(AnnouncementId id);

    Set<AnnouncementId> readBy(UserId user);

    /** Marks it read once; marking again (or at the same time) keeps the first mark. */
    void markRead(UserId user, AnnouncementId id, Instant at);
}
