package spanel.application.notice.port.in;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/** A user turns events on or off per channel, and chooses the language notices are written in. */
public interface ChooseNotifications {

    NotificationQueries.Notifications choose(Command command);

    /** Only what is named changes. */
    record Command(UserId user, Map<NoticeEvent, Map<NoticeChannel, Boolean>> choices, Optional<NoticeLanguage> language) {

        public Command {
            Objects.requireNonNull(user, "user");
            choices = Map.copyOf(choices);
            Objects.requireNonNull(language, "language");
            if (choices.keySet().stream().anyMatch(NoticeEvent::forOperators)) {
                throw new IllegalArgumentException("node notices are chosen by admins only");
            }
        }
    }
}
