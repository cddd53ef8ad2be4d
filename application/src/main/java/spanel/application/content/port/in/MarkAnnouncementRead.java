package spanel.application.content.port.in;

import java.util.Objects;
import spanel.domain.content.AnnouncementId;
import spanel.domain.user.UserId;

/** A user marks an announcement shown to them as read; again is no change. */
public interface MarkAnnouncementRead {

    AnnouncementId mark(Command command);

    record Command(UserId user, AnnouncementId announcement) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(announcement, "announcement");
        }
    }
}
