package spanel.application.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.content.port.in.ContentQueries;
import spanel.application.content.port.in.ManageAnnouncements;
import spanel.application.content.port.in.ManageArticles;
import spanel.application.content.port.in.MarkAnnouncementRead;
import spanel.application.user.AccountFakes;
import spanel.domain.audit.AuditEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;
import spanel.domain.content.Audience;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserId;
import spanel.domain.user.Users;

class ContentServicesTest {

    private static final UserId ADMIN = new UserId(1);
    private static final UserId VIP = new UserId(2);
    private static final UserId FREE = new UserId(3);

    private final MovableClock clock = MovableClock.at("2026-03-01T00:00:00Z");
    private final ContentFakes.InMemoryAnnouncements announcements = new ContentFakes.InMemoryAnnouncements();
    private final ContentFakes.InMemoryArticles articles = new ContentFakes.InMemoryArticles();
    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final ContentFakes.RequestedSends sends = new ContentFakes.RequestedSends();
    private final ManageAnnouncementsService manage = new ManageAnnouncementsService(announcements, sends, audit::add, transactions,
            clock);
    private final ManageArticlesService manageArticles = new ManageArticlesService(articles, audit::add, transactions, clock);
    private final ContentQueryService queries = new ContentQueryService(announcements, articles, accounts, clock);
    private final MarkAnnouncementReadService markRead = new MarkAnnouncementReadService(announcements, accounts, clock);

    ContentServicesTest() {
        Instant later = Instant.parse("2026-06-01T00:00:00Z");
        accounts.stored.add(Users.aUser(2).inClass(2, later).inGroup(1).build());
        // Class 2 once, expired: counts as class 0.
        accounts.stored.add(Users.aUser(3).inClass(2, Instant.parse("2026-02-01T00:00:00Z")).build());
    }

    private AnnouncementId publish(String title, boolean pinned, Audience audience, Optional<Instant> endsAt) {
        clock.advance(Duration.ofSeconds(1));
        return manage.publish(new ManageAnnouncements.Publish(ADMIN,
                new AnnouncementDraft(title, "**body**", pinned, audience, endsAt))).id();
    }

    private List<String> titlesFor(UserId user) {
        return queries.announcements(user).stream().map(s -> s.announcement().draft().title()).toList();
    }

    @Test
    void usersSeeWhatIsMeantForTheirClassAndGroupPinnedFirstUntilItEnds() {
        publish("everyone", false, Audience.EVERYONE, Optional.empty());
        publish("vip", false, new Audience(Set.of(2), Set.of()), Optional.empty());
        publish("pinned", true, Audience.EVERYONE, Optional.empty());
        publish("group 1 until tomorrow", false, new Audience(Set.of(), Set.of(1)),
                Optional.of(clock.instant().plus(Duration.ofDays(1))));

        assertThat(titlesFor(VIP)).containsExactly("pinned", "group 1 until tomorrow", "vip", "everyone");
        assertThat(titlesFor(FREE)).containsExactly("pinned", "everyone");

        clock.advance(Duration.ofDays(1));
        assertThat(titlesFor(VIP)).containsExactly("pinned", "vip", "everyone");
    }

    @Test
    void aUserMarksWhatTheySeeAsReadAndNothingElse() {
        AnnouncementId everyone = publish("everyone", false, Audience.EVERYONE, Optional.empty());
        AnnouncementId vip = publish("vip", false, new Audience(Set.of(2), Set.of()), Optional.empty());

        markRead.mark(new MarkAnnouncementRead.Command(FREE, everyone));
        markRead.mark(new MarkAnnouncementRead.Command(FREE, everyone));

        assertThat(queries.announcements(FREE)).extracting(ContentQueries.Shown::read).containsExactly(true);
        assertThat(queries.announcements(VIP)).extracting(ContentQueries.Shown::read).containsExactly(false, false);
        assertThatThrownBy(() -> markRead.mark(new MarkAnnouncementRead.Command(FREE, vip))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> markRead.mark(new MarkAnnouncementRead.Command(FREE, new AnnouncementId(99))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void everyAdminWriteIsAuditedAndAnUnknownIdIsNotFound() {
        AnnouncementId id = publish("first", false, Audience.EVERYONE, Optional.empty());
        manage.replace(new ManageAnnouncements.Replace(ADMIN, id,
                new AnnouncementDraft("changed", "b", true, Audience.EVERYONE, Optional.empty())));
        manage.remove(new ManageAnnouncements.Remove(ADMIN, id));
        ArticleId article = manageArticles.add(new ManageArticles.Add(ADMIN, new ArticleDraft("c", "en", "t", "b", 0))).id();
        manageArticles.remove(new ManageArticles.Remove(ADMIN, article));

        assertThat(audit).extracting(AuditEntry::action).containsExactly("announcement.publish", "announcement.change",
                "announcement.remove", "article.add", "article.remove");
        assertThatThrownBy(() -> manage.remove(new ManageAnnouncements.Remove(ADMIN, id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> manageArticles.replace(new ManageArticles.Replace(ADMIN, article,
                new ArticleDraft("c", "en", "t", "b", 0)))).isInstanceOf(NotFound.class);
    }

    @Test
    void anAnnouncementIsSentOnlyWhenTheAdminAsksAndTheAskIsAudited() {
        var quiet = manage.publish(new ManageAnnouncements.Publish(ADMIN,
                new AnnouncementDraft("quiet", "b", false, Audience.EVERYONE, Optional.empty()))).id();
        var sent = manage.publish(new ManageAnnouncements.Publish(ADMIN,
                new AnnouncementDraft("sent", "b", false, Audience.EVERYONE, Optional.empty()), true)).id();

        assertThat(sends.requested).containsExactly(sent).doesNotContain(quiet);
        assertThat(audit).anySatisfy(entry -> assertThat(entry.action()).isEqualTo("announcement.send"));
    }

    @Test
    void aFailedAuditTakesTheAnnouncementBackWithIt() {
        var failing = new ManageAnnouncementsService(announcements, sends, entry -> {
            throw new IllegalStateException("audit store down");
        }, transactions, clock);

        assertThatThrownBy(() -> failing.publish(new ManageAnnouncements.Publish(ADMIN,
                new AnnouncementDraft("t", "b", false, Audience.EVERYONE, Optional.empty()))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void articlesAreListedByLanguageAndCategory() {
        manageArticles.add(new ManageArticles.Add(ADMIN, new ArticleDraft("clients", "en", "Windows", "b", 2)));
        manageArticles.add(new ManageArticles.Add(ADMIN, new ArticleDraft("clients", "en", "Android", "b", 1)));
        manageArticles.add(new ManageArticles.Add(ADMIN, new ArticleDraft("clients", "zh-CN", "安卓", "b", 1)));
        manageArticles.add(new ManageArticles.Add(ADMIN, new ArticleDraft("billing", "en", "Refunds", "b", 1)));

        assertThat(queries.articles(Optional.of("en"), Optional.of("clients")))
                .extracting(a -> a.draft().title()).containsExactly("Android", "Windows");
        assertThat(queries.articles(Optional.of("zh-CN"), Optional.empty())).extracting(a -> a.draft().title())
                .containsExactly("安卓");
        assertThat(queries.articles(Optional.empty(), Optional.empty())).hasSize(4);
    }
}
