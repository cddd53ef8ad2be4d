package spanel.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private static Announcement announcement(Audience audience, Optional<Instant> endsAt) {
        return new Announcement(new AnnouncementId(1), new AnnouncementDraft("t", "b", false, audience, endsAt), NOW);
    }

    @Test
    void withoutTargetsEveryoneSeesItUntilItEnds() {
        var endsSoon = announcement(Audience.EVERYONE, Optional.of(NOW.plusSeconds(60)));

        assertThat(endsSoon.isShownTo(0, 0, NOW)).isTrue();
        assertThat(endsSoon.isShownTo(5, 9, NOW.plusSeconds(59))).isTrue();
        assertThat(endsSoon.isShownTo(0, 0, NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void classesAndGroupsEachNarrowWhoSeesIt() {
        var vip = announcement(new Audience(Set.of(2, 3), Set.of()), Optional.empty());
        var groupOneVip = announcement(new Audience(Set.of(2), Set.of(1)), Optional.empty());

        assertThat(vip.isShownTo(2, 7, NOW)).isTrue();
        assertThat(vip.isShownTo(1, 7, NOW)).isFalse();
        assertThat(groupOneVip.isShownTo(2, 1, NOW)).isTrue();
        assertThat(groupOneVip.isShownTo(2, 0, NOW)).isFalse();
    }

    @Test
    void draftsRefuseWhatCannotBeShownNamingTheField() {
        assertThatThrownBy(() -> new AnnouncementDraft("two\nlines", "b", false, Audience.EVERYONE, Optional.empty()))
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> new ArticleDraft("clients", "fr", "t", "b", 0)).hasMessageStartingWith("language:");
        assertThatThrownBy(() -> new ArticleDraft("clients", "en", "t", "x".repeat(20_001), 0))
                .hasMessageStartingWith("body:");
        assertThatThrownBy(() -> new Audience(Set.of(-1), Set.of())).hasMessageStartingWith("classes:");
    }
}
