package spanel.adapter.http.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.notice.port.in.ChooseNotifications;
import spanel.application.notice.port.in.LinkTelegram;
import spanel.application.notice.port.in.NotificationQueries.Notifications;
import spanel.application.notice.port.in.UnlinkTelegram;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

class NoticeRoutesTest extends RouteTest {

    private static final String NOTIFICATIONS = "/app/api/v0/user/notifications";
    private static final String LINK = "/app/api/v0/user/telegram/link";

    private static Notifications notifications(Set<NoticeChannel> planEnded) {
        Map<NoticeEvent, Set<NoticeChannel>> events = new EnumMap<>(NoticeEvent.class);
        events.put(NoticeEvent.PLAN_ENDED, planEnded);
        events.put(NoticeEvent.TRAFFIC_80, EnumSet.allOf(NoticeChannel.class));
        return new Notifications(events, List.of(NoticeChannel.MAIL), NoticeLanguage.ZH_CN, false);
    }

    @Test
    void aUserSeesEachEventsChannelsTheChannelsThePanelHasAndTheLanguage() {
        useCases.notificationQueries = user -> notifications(EnumSet.of(NoticeChannel.MAIL));

        TestHttp.Reply reply = http().get(NOTIFICATIONS, bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("events").get("plan_ended").get("mail").asBoolean()).isTrue();
        assertThat(data.get("events").get("plan_ended").get("telegram").asBoolean()).isFalse();
        assertThat(data.get("channels").get(0).asText()).isEqualTo("mail");
        assertThat(data.get("language").asText()).isEqualTo("zh-CN");
        assertThat(data.get("telegram_linked").asBoolean()).isFalse();
    }

    @Test
    void aUserTurnsChannelsOnAndOffPerEventAndOnlyWhatIsNamedChanges() {
        AtomicReference<ChooseNotifications.Command> seen = new AtomicReference<>();
        useCases.chooseNotifications = command -> {
            seen.set(command);
            return notifications(EnumSet.noneOf(NoticeChannel.class));
        };

        TestHttp.Reply reply = http().put(NOTIFICATIONS,
                "{\"language\":\"en\",\"events\":{\"plan_ended\":{\"mail\":false,\"telegram\":false}}}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get().user()).isEqualTo(new UserId(7));
        assertThat(seen.get().language()).contains(NoticeLanguage.EN);
        assertThat(seen.get().choices()).containsOnlyKeys(NoticeEvent.PLAN_ENDED);
        assertThat(seen.get().choices().get(NoticeEvent.PLAN_ENDED))
                .isEqualTo(Map.of(NoticeChannel.MAIL, false, NoticeChannel.TELEGRAM, false));
        assertThat(reply.json().get("data").get("events").get("plan_ended").get("mail").asBoolean()).isFalse();
    }

    @Test
    void badChoicesAre400NamingTheFieldAndReachNoUseCase() {
        assertInvalidField(http().put(NOTIFICATIONS, "{\"language\":\"fr\"}", bearer(USER_TOKEN)), "language");
        assertInvalidField(http().put(NOTIFICATIONS, "{\"events\":[]}", bearer(USER_TOKEN)), "events");
        assertInvalidField(http().put(NOTIFICATIONS, "{\"events\":{\"nope\":{}}}", bearer(USER_TOKEN)), "events.nope");
        assertInvalidField(http().put(NOTIFICATIONS, "{\"events\":{\"node_down\":{\"mail\":true}}}", bearer(USER_TOKEN)),
                "events.node_down");
        assertInvalidField(http().put(NOTIFICATIONS, "{\"events\":{\"plan_ended\":{\"sms\":true}}}", bearer(USER_TOKEN)),
                "events.plan_ended.sms");
        assertInvalidField(http().put(NOTIFICATIONS, "{\"events\":{\"plan_ended\":{\"mail\":\"yes\"}}}", bearer(USER_TOKEN)),
                "events.plan_ended.mail");
    }

    @Test
    void aLinkCodeIsHandedOutWithTheCommandToSendTheBotAndUnlinkingSaysWhetherAChatWasLinked() {
        useCases.linkTelegram = user -> new LinkTelegram.LinkCode("ABCD234567", Instant.parse("2026-03-01T10:15:00Z"));
        useCases.unlinkTelegram = user -> new UnlinkTelegram.Unlinked(true);

        TestHttp.Reply link = http().post(LINK, "", bearer(USER_TOKEN));
        TestHttp.Reply unlink = http().delete(LINK, bearer(USER_TOKEN));

        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().get("data").get("code").asText()).isEqualTo("ABCD234567");
        assertThat(link.json().get("data").get("command").asText()).isEqualTo("/start ABCD234567");
        assertThat(link.json().get("data").get("expires_at").asText()).isEqualTo("2026-03-01T10:15:00Z");
        assertThat(unlink.status()).as(unlink.body()).isEqualTo(200);
        assertThat(unlink.json().get("data").get("unlinked").asBoolean()).isTrue();
    }

    @Test
    void notificationsNeedAToken() {
        assertRefused(http().get(NOTIFICATIONS), 401, "unauthorized");
        assertRefused(http().post(LINK, ""), 401, "unauthorized");
    }
}
