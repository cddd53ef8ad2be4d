package spanel.application.content.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.user.UserId;

/** Staff publish, change and remove announcements (audited), and see every one, ended or not. */
public interface ManageAnnouncements {

    List<Announcement> list();

    Announcement publish(Publish command);

    Announcement replace(Replace command);

    AnnouncementId remove(Remove command);

    /** {@code send}: also send it to its audience through the outbox (mail, Telegram, webhook, as each user chose). */
    record Publish(UserId admin, AnnouncementDraft draft, boolean send) {
        public Publish {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(draft, "draft");
        }

        public Publish(UserId admin, AnnouncementDraft draft) {
            this(admin, draft, false);
        }
    }

    record Replace(UserId admin, AnnouncementId id, AnnouncementDraft draft) {
        public Replace {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(draft, "draft");
        }
    }

    record Remove(UserId admin, AnnouncementId id) {
        public Remove {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
