package spanel.adapter.persistence.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.testing.Seed;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;
import spanel.domain.content.Audience;
import spanel.domain.user.UserId;

class JooqContentTest extends PersistenceContractTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private JooqAnnouncements announcements() {
        return new JooqAnnouncements(dsl());
    }

    private JooqArticles articles() {
        return new JooqArticles(dsl());
    }

    @Test
    void anAnnouncementComesBackAsWrittenWithItsAudienceAndEnd() {
        var draft = new AnnouncementDraft("<script>x</script>", "**bold** <img src=x onerror=alert(1)>", true,
                new Audience(Set.of(3, 1), Set.of(2)), Optional.of(T0.plusSeconds(3600)));

        AnnouncementId id = announcements().add(draft, T0);

        assertThat(announcements().find(id)).contains(new Announcement(id, draft, T0));
        var everyone = new AnnouncementDraft("t", "b", false, Audience.EVERYONE, Optional.empty());
        assertThat(announcements().replace(id, everyone)).isTrue();
        assertThat(announcements().find(id).orElseThrow()).isEqualTo(new Announcement(id, everyone, T0));
        assertThat(announcements().replace(new AnnouncementId(Long.MAX_VALUE), everyone)).isFalse();
    }

    @Test
    void pinnedComeFirstThenTheNewest() {
        var plain = new AnnouncementDraft("plain", "b", false, Audience.EVERYONE, Optional.empty());
        AnnouncementId older = announcements().add(plain, T0.minusSeconds(100));
        AnnouncementId pinned = announcements().add(new AnnouncementDraft("pinned", "b", true, Audience.EVERYONE,
                Optional.empty()), T0.minusSeconds(200));
        AnnouncementId newer = announcements().add(plain, T0);

        List<AnnouncementId> order = announcements().all().stream().map(Announcement::id)
                .filter(Set.of(older, pinned, newer)::contains).toList();
        assertThat(order).containsExactly(pinned, newer, older);
    }

    @Test
    void aReadMarkIsKeptOnceHoweverOftenAndConcurrentlyItIsSent() throws Exception {
        UserId user = new UserId(Seed.activeUser(dsl()));
        AnnouncementId id = announcements().add(new AnnouncementDraft("t", "b", false, Audience.EVERYONE,
                Optional.empty()), T0);

        Races.race(4, i -> () -> transactions().inTransaction(() -> {
            announcements().markRead(user, id, T0);
            return null;
        }));
        announcements().markRead(user, id, T0.plusSeconds(5));

        assertThat(announcements().readBy(user)).containsExactly(id);
        assertThat(announcements().remove(id)).isTrue();
        assertThat(announcements().readBy(user)).isEmpty();
    }

    @Test
    void articlesAreOrderedByLanguageCategoryAndSortAndTheStarterOnesAreThere() {
        ArticleId second = articles().add(new ArticleDraft("zz test", "en", "second", "b", 2), T0);
        ArticleId first = articles().add(new ArticleDraft("zz test", "en", "first", "b", 1), T0);

        List<Article> all = articles().all();
        assertThat(all.stream().map(Article::id).filter(Set.of(first, second)::contains)).containsExactly(first, second);
        assertThat(all).filteredOn(a -> a.draft().language().equals("zh-CN")).isNotEmpty();
        assertThat(all).extracting(a -> a.draft().title()).contains("Android: Clash Meta for Android, v2rayNG or Hiddify");

        assertThat(articles().replace(first, new ArticleDraft("zz test", "en", "changed", "b", 3), T0.plusSeconds(1)))
                .isTrue();
        assertThat(articles().remove(second)).isTrue();
        assertThat(articles().remove(second)).isFalse();
    }
}
