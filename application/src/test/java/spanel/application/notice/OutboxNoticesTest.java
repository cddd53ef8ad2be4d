package spanel.application.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.application.notice.port.out.Outbox;
import spanel.domain.common.MovableClock;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

class OutboxNoticesTest {

    private static final UserId USER = UserId.of(7);
    private static final UserId ADMIN = UserId.of(1);

    /** What was kept: each notice with the channels it got. */
    private final List<Map.Entry<Outbox.Entry, Set<NoticeChannel>>> kept = new ArrayList<>();
    private final Map<UserId, NoticePreferences.Choices> choices = new HashMap<>();

    private final Outbox outbox = new Outbox() {
        @Override
        public boolean add(Entry entry, Set<NoticeChannel> channels, Instant at) {
            kept.add(Map.entry(entry, Set.copyOf(channels)));
            return true;
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Claimed> claim(long deliveryId, Instant now, java.time.Duration lease) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delivered(Claimed claimed, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean attemptFailed(Claimed claimed, String reason, Optional<Instant> retryAt, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Listed> list(Optional<State> state, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retry(long deliveryId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int prune(Instant createdBefore, int limit) {
            throw new UnsupportedOperationException();
        }
    };

    private final NoticePreferences preferences = new NoticePreferences() {
        @Override
        public Choices of(UserId user) {
            return choices.getOrDefault(user, new Choices(Map.of(), NoticeLanguage.EN, Optional.empty()));
        }

        @Override
        public void change(UserId user, Map<NoticeEvent, Map<NoticeChannel, Boolean>> changes, Optional<NoticeLanguage> language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserId> operators() {
            return List.of(ADMIN);
        }

        @Override
        public void keepLinkCode(UserId user, String codeHash, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserId> linkTelegram(String codeHash, long chatId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean unlinkTelegram(UserId user) {
            throw new UnsupportedOperationException();
        }
    };

    private OutboxNotices notices(Set<NoticeChannel> configured) {
        return new OutboxNotices(outbox, preferences, configured, MovableClock.at("2026-03-01T00:00:00Z"));
    }

    private static Notice ended(UserId user) {
        return Notice.toUser(NoticeEvent.PLAN_ENDED, user, "end:1", Map.of());
    }

    @Test
    void aUsersNoticeGoesOnEveryConfiguredChannelTheyDidNotTurnOffTelegramOnlyOnceLinkedNeverTheAlertWebhook() {
        notices(EnumSet.allOf(NoticeChannel.class)).raise(ended(USER));
        choices.put(USER, new NoticePreferences.Choices(Map.of(NoticeEvent.PLAN_ENDED, Set.of(NoticeChannel.MAIL)),
                NoticeLanguage.ZH_CN, Optional.of(4242L)));
        notices(EnumSet.allOf(NoticeChannel.class)).raise(ended(USER));
        notices(EnumSet.of(NoticeChannel.MAIL)).raise(ended(USER));

        assertThat(kept.get(0).getValue()).containsExactlyInAnyOrder(NoticeChannel.MAIL, NoticeChannel.WEBHOOK);
        assertThat(kept.get(1).getValue()).containsExactlyInAnyOrder(NoticeChannel.TELEGRAM, NoticeChannel.WEBHOOK);
        assertThat(kept.get(1).getKey().language()).isEqualTo(NoticeLanguage.ZH_CN);
        assertThat(kept.get(2).getValue()).as("turned off, and nothing else configured").isEmpty();
    }

    @Test
    void anOperatorsNoticeGoesToEachWebhookOnceAndToEachAdminsOwnChannels() {
        notices(EnumSet.allOf(NoticeChannel.class)).raise(Notice.toOperators(NoticeEvent.NODE_DOWN, "node:3:1", Map.of()));

        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).getKey().user()).isEqualTo(OutboxNotices.OPERATORS);
        assertThat(kept.get(0).getValue()).containsExactlyInAnyOrder(NoticeChannel.WEBHOOK, NoticeChannel.ALERT_WEBHOOK);
        assertThat(kept.get(1).getKey().user()).isEqualTo(ADMIN.value());
        assertThat(kept.get(1).getValue()).containsExactly(NoticeChannel.MAIL);
    }

    @Test
    void aLongValueIsCutSoTheNoticeNeverFailsTheChangeThatRaisesIt() {
        Notice bought = Notice.toUser(NoticeEvent.PLAN_BOUGHT, USER, "purchase:1", Map.of("plan", "p".repeat(5_000)));

        assertThat(bought.values().get("plan")).hasSize(Notice.VALUE_LENGTH).endsWith("\u2026");
    }
}
