package spanel.application.notice;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import spanel.application.notice.port.in.NotificationQueries;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.UserId;

public final class NotificationQueryService implements NotificationQueries {

    private final NoticePreferences preferences;
    private final Set<NoticeChannel> available;

    /** {@code available}: the channels this installation has settings for. */
    public NotificationQueryService(NoticePreferences preferences, Set<NoticeChannel> available) {
        this.preferences = Objects.requireNonNull(preferences);
        this.available = EnumSet.noneOf(NoticeChannel.class);
        available.stream().filter(NoticeChannel::chosenByUsers).forEach(this.available::add);
    }

    @Override
    public Notifications of(UserId user) {
        NoticePreferences.Choices choices = preferences.of(user);
        Map<NoticeEvent, Set<NoticeChannel>> events = new EnumMap<>(NoticeEvent.class);
        for (NoticeEvent event : NoticeEvent.values()) {
            if (event.forOperators()) {
                continue;
            }
            Set<NoticeChannel> on = EnumSet.noneOf(NoticeChannel.class);
            for (NoticeChannel channel : NoticeChannel.values()) {
                if (channel.chosenByUsers() && choices.wants(event, channel)) {
                    on.add(channel);
                }
            }
            events.put(event, on);
        }
        return new Notifications(events, List.copyOf(available), choices.language(), choices.telegramChat().isPresent());
    }
}
