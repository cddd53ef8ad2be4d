package spanel.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 5);

    @Test
    void eachFailureDoublesTheWaitUpToTheLongest() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aNoticeIsGivenUpAfterItsLastAttempt() {
        assertThat(backoff.retriesAfter(4)).isTrue();
        assertThat(backoff.retriesAfter(5)).isFalse();
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsAndChannelsReadBackFromTheirWords() {
        for (NoticeEvent event : NoticeEvent.values()) {
            assertThat(NoticeEvent.of(event.word())).contains(event);
        }
        assertThat(NoticeEvent.of("PLAN_ENDED")).isEmpty();
        assertThat(NoticeChannel.of("telegram")).contains(NoticeChannel.TELEGRAM);
        assertThat(NoticeLanguage.of("zh-CN")).contains(NoticeLanguage.ZH_CN);
    }
}
