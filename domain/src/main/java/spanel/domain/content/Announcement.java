package spanel.domain.content;

import java.time.Instant;
import java.util.Objects;

/** A published announcement. */
public record Announcement(AnnouncementId id, AnnouncementDraft draft, Instant createdAt) {

    public Announcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Shown to this user now: not past its end, and meant for the user's class and group. */
    public boolean isShownTo(int userClass, int nodeGroup, Instant now) {
        return draft.endsAt().map(now::isBefore).orElse(true) && draft.audience().reaches(userClass, nodeGroup);
    }
}
