package spanel.adapter.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/** Choices, language and the Telegram link on the real databases. */
class NoticePreferencesOnDatabaseTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2070-01-01T00:00:00Z");

    private JooqNoticePreferences preferences() {
        return new JooqNoticePreferences(dsl());
    }

    @Test
    void everythingIsOnInEnglishUntilTheUserChangesWhatTheyName() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        assertThat(preferences().of(user).wants(NoticeEvent.PLAN_ENDED, NoticeChannel.MAIL)).isTrue();
        assertThat(preferences().of(user).language()).isEqualTo(NoticeLanguage.EN);

        preferences().change(user, Map.of(NoticeEvent.PLAN_ENDED, Map.of(NoticeChannel.MAIL, false)), Optional.of(NoticeLanguage.ZH_CN));
        preferences().change(user, Map.of(NoticeEvent.TRAFFIC_80, Map.of(NoticeChannel.TELEGRAM, false)), Optional.empty());
        preferences().change(user, Map.of(NoticeEvent.TRAFFIC_80, Map.of(NoticeChannel.TELEGRAM, true)), Optional.empty());

        var choices = preferences().of(user);
        assertThat(choices.turnedOff()).isEqualTo(Map.of(NoticeEvent.PLAN_ENDED, Set.of(NoticeChannel.MAIL)));
        assertThat(choices.language()).isEqualTo(NoticeLanguage.ZH_CN);
        assertThat(choices.telegramChat()).isEmpty();
    }

    @Test
    void aLinkCodeLinksItsChatOnceBeforeItExpiresAndANewCodeReplacesTheLast() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        preferences().keepLinkCode(user, "a".repeat(64), NOW.plusSeconds(900));
        preferences().keepLinkCode(user, "b".repeat(64), NOW.plusSeconds(900));

        assertThat(preferences().linkTelegram("a".repeat(64), 11, NOW)).as("replaced").isEmpty();
        assertThat(preferences().linkTelegram("b".repeat(64), 11, NOW.plusSeconds(900))).as("expired").isEmpty();
        assertThat(preferences().linkTelegram("b".repeat(64), 12, NOW)).contains(user);
        assertThat(preferences().linkTelegram("b".repeat(64), 13, NOW)).as("spent").isEmpty();
        assertThat(preferences().of(user).telegramChat()).contains(12L);

        assertThat(preferences().unlinkTelegram(user)).isTrue();
        assertThat(preferences().unlinkTelegram(user)).as("nothing left to unlink").isFalse();
        assertThat(preferences().of(user).telegramChat()).isEmpty();
    }
}
