package spanel.application.notice.port.in;

import java.util.List;
import java.util.Map;
import java.util.Set;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/** What reaches a user, and the operator's view of the outbox. */
public interface NotificationQueries {

    Notifications of(UserId user);

    /**
     * A user's notifications: per event, the channels it reaches them by ({@code events}); the
     * channels this installation has ({@code available}); whether a Telegram chat is linked.
     */
    record Notifications(Map<NoticeEvent, Set<NoticeChannel>> events, List<NoticeChannel> available, NoticeLanguage language,
            boolean telegramLinked) {

        public Notifications {
            events = Map.copyOf(events);
            available = List.copyOf(available);
        }
    }
}
