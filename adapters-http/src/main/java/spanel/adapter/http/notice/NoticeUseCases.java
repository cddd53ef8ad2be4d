package spanel.adapter.http.notice;

import java.util.Objects;
import spanel.application.notice.port.in.ChooseNotifications;
import spanel.application.notice.port.in.LinkTelegram;
import spanel.application.notice.port.in.NotificationQueries;
import spanel.application.notice.port.in.UnlinkTelegram;

/** The use cases behind /user/notifications and /user/telegram/link. */
public record NoticeUseCases(NotificationQueries queries, ChooseNotifications choose, LinkTelegram link, UnlinkTelegram unlink) {

    public NoticeUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(choose, "choose");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(unlink, "unlink");
    }
}
