package spanel.adapter.http.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.notice.port.in.ChooseNotifications;
import spanel.application.notice.port.in.NotificationQueries.Notifications;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/** What reaches the user and how; the Telegram link code. */
final class NoticeHandlers {

    private final NoticeUseCases notices;

    NoticeHandlers(NoticeUseCases notices) {
        this.notices = notices;
    }

    /** Per event, each channel on or off; the channels this panel has; the language; whether Telegram is linked. */
    record NotificationsView(
            @JsonProperty("events") Map<String, Map<String, Boolean>> events,
            @JsonProperty("channels") List<String> channels,
            @JsonProperty("language") String language,
            @JsonProperty("telegram_linked") boolean telegramLinked) {

        static NotificationsView of(Notifications notifications) {
            Map<String, Map<String, Boolean>> events = new LinkedHashMap<>();
            notifications.events().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(event -> {
                Map<String, Boolean> channels = new LinkedHashMap<>();
                for (NoticeChannel channel : NoticeChannel.values()) {
                    if (channel.chosenByUsers()) {
                        channels.put(channel.word(), event.getValue().contains(channel));
                    }
                }
                events.put(event.getKey().word(), channels);
            });
            return new NotificationsView(events, notifications.available().stream().map(NoticeChannel::word).toList(),
                    notifications.language().tag(), notifications.telegramLinked());
        }
    }

    record LinkView(@JsonProperty("code") String code, @JsonProperty("command") String command,
            @JsonProperty("expires_at") String expiresAt) {
    }

    record UnlinkView(@JsonProperty("unlinked") boolean unlinked) {
    }

    void show(Context ctx) {
        ctx.json(Envelope.ok(NotificationsView.of(notices.queries().of(caller(ctx)))));
    }

    /** {@code {"language":"zh-CN","events":{"plan_ended":{"mail":true,"telegram":false}}}}: what is left out stays. */
    void choose(Context ctx) {
        ObjectNode body = Fields.object(ctx);
        Optional<NoticeLanguage> language = Fields.text(body, "language", "language")
                .map(tag -> NoticeLanguage.of(tag).orElseThrow(() -> InvalidRequest.field("language", "en or zh-CN")));
        Map<NoticeEvent, Map<NoticeChannel, Boolean>> choices = new EnumMap<>(NoticeEvent.class);
        JsonNode events = body.get("events");
        if (events != null) {
            if (!(events instanceof ObjectNode eventsObject)) {
                throw InvalidRequest.field("events", "must be an object of events");
            }
            eventsObject.properties().forEach(event -> choices.put(event(event.getKey()), channels(event.getKey(), event.getValue())));
        }
        var changed = notices.choose().choose(new ChooseNotifications.Command(caller(ctx), choices, language));
        ctx.json(Envelope.ok(NotificationsView.of(changed)));
    }

    private static NoticeEvent event(String word) {
        return NoticeEvent.of(word).filter(event -> !event.forOperators())
                .orElseThrow(() -> InvalidRequest.field("events." + word, "is not an event a user chooses"));
    }

    private static Map<NoticeChannel, Boolean> channels(String event, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw InvalidRequest.field("events." + event, "must be an object of channels");
        }
        Map<NoticeChannel, Boolean> channels = new EnumMap<>(NoticeChannel.class);
        object.properties().forEach(channel -> {
            String path = "events." + event + "." + channel.getKey();
            NoticeChannel known = NoticeChannel.of(channel.getKey()).filter(NoticeChannel::chosenByUsers)
                    .orElseThrow(() -> InvalidRequest.field(path, "is not a channel: mail, telegram or webhook"));
            if (!channel.getValue().isBoolean()) {
                throw InvalidRequest.field(path, "must be true or false");
            }
            channels.put(known, channel.getValue().asBoolean());
        });
        return channels;
    }

    void link(Context ctx) {
        var code = notices.link().start(caller(ctx));
        ctx.json(Envelope.ok(new LinkView(code.code(), "/start " + code.code(), code.expiresAt().toString())));
    }

    void unlink(Context ctx) {
        ctx.json(Envelope.ok(new UnlinkView(notices.unlink().unlink(caller(ctx)).wasLinked())));
    }

    private static UserId caller(Context ctx) {
        return Callers.of(ctx).userId();
    }
}
