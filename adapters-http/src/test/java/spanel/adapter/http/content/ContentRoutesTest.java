package spanel.adapter.http.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.content.port.in.ContentQueries;
import spanel.application.content.port.in.ManageAnnouncements;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;
import spanel.domain.content.Audience;
import spanel.domain.error.NotFound;

class ContentRoutesTest extends RouteTest {

    private static final String V0 = "/app/api/v0";
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final String HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1))";

    private static Announcement announcement(AnnouncementDraft draft) {
        return new Announcement(new AnnouncementId(4), draft, AT);
    }

    /** Queries that answer one hostile announcement and one article, recording the article filter. */
    private final class OneOfEach implements ContentQueries {
        final AtomicReference<Optional<String>> language = new AtomicReference<>();

        @Override
        public List<Shown> announcements(spanel.domain.user.UserId user) {
            return List.of(new Shown(announcement(new AnnouncementDraft("<b>t</b>", HOSTILE, true, Audience.EVERYONE,
                    Optional.of(AT.plusSeconds(60)))), false));
        }

        @Override
        public List<Article> articles(Optional<String> language, Optional<String> category) {
            this.language.set(language);
            return List.of(new Article(new ArticleId(2), new ArticleDraft("c", "zh-CN", "安卓", "**粗体**", 1), AT));
        }
    }

    @Test
    void usersGetTheMarkdownAsWrittenAndHtmlWhereNoMarkupSurvives() {
        useCases.contentQueries = new OneOfEach();

        TestHttp.Reply reply = http().get(V0 + "/user/announcements", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var item = reply.json().get("data").get("announcements").get(0);
        assertThat(item.get("title").asText()).isEqualTo("<b>t</b>");
        assertThat(item.get("body").asText()).isEqualTo(HOSTILE);
        assertThat(item.get("html").asText()).contains("&lt;script&gt;").doesNotContain("<script", "href=\"javascript");
        assertThat(item.get("ends_at").asText()).isEqualTo("2026-03-01T10:01:00Z");
        assertThat(item.get("pinned").asBoolean()).isTrue();
        assertThat(item.get("read").asBoolean()).isFalse();
        assertThat(reply.json().get("data").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void articlesAreFilteredByAKnownLanguageOnly() {
        OneOfEach queries = new OneOfEach();
        useCases.contentQueries = queries;

        TestHttp.Reply reply = http().get(V0 + "/user/articles?language=zh-CN", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(queries.language.get()).contains("zh-CN");
        assertThat(reply.json().get("data").get("articles").get(0).get("html").asText()).contains("<strong>粗体</strong>");
        assertInvalidField(http().get(V0 + "/user/articles?language=fr", bearer(USER_TOKEN)), "language");
    }

    @Test
    void markingAnAnnouncementNotShownToTheUserIs404() {
        useCases.markRead = command -> {
            throw new NotFound("no announcement " + command.announcement());
        };

        assertRefused(http().post(V0 + "/user/announcements/9/read", "", bearer(USER_TOKEN)), 404, "not_found");
    }

    @Test
    void anAdminPublishesForClassesAndGroupsUntilAnEnd() {
        AtomicReference<ManageAnnouncements.Publish> seen = new AtomicReference<>();
        useCases.manageAnnouncements = new ManageAnnouncements() {
            @Override
            public List<Announcement> list() {
                throw new AssertionError();
            }

            @Override
            public Announcement publish(Publish command) {
                seen.set(command);
                return announcement(command.draft());
            }

            @Override
            public Announcement replace(Replace command) {
                throw new AssertionError();
            }

            @Override
            public AnnouncementId remove(Remove command) {
                throw new AssertionError();
            }
        };

        TestHttp.Reply reply = http().post(V0 + "/admin/announcements", "{\"title\":\"Maintenance\",\"body\":\"# Tonight\","
                + "\"pinned\":true,\"classes\":[2,1],\"groups\":[3],\"ends_at\":\"2026-03-02T08:00:00+08:00\"}",
                bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var draft = seen.get().draft();
        assertThat(draft.audience()).isEqualTo(new Audience(Set.of(1, 2), Set.of(3)));
        assertThat(draft.endsAt()).contains(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(reply.json().get("data").get("classes").toString()).isEqualTo("[1,2]");
        assertThat(reply.json().get("data").get("html").asText()).isEqualTo("<h1>Tonight</h1>\n");
        assertThat(seen.get().send()).as("not sent unless asked").isFalse();

        TestHttp.Reply sent = http().post(V0 + "/admin/announcements", "{\"title\":\"Maintenance\",\"body\":\"b\","
                + "\"notify\":true}", bearer(ADMIN_TOKEN));

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(seen.get().send()).as("\"notify\": true sends it").isTrue();
    }

    @Test
    void badAnnouncementsAndArticlesAre400NamingTheField() {
        String admin = V0 + "/admin/announcements";
        assertInvalidField(http().post(admin, "{\"body\":\"b\"}", bearer(ADMIN_TOKEN)), "title");
        assertInvalidField(http().post(admin, "{\"title\":\"t\",\"body\":\"b\",\"ends_at\":\"tomorrow\"}",
                bearer(ADMIN_TOKEN)), "ends_at");
        assertInvalidField(http().post(admin, "{\"title\":\"t\",\"body\":\"b\",\"groups\":[-1]}", bearer(ADMIN_TOKEN)),
                "groups");
        assertInvalidField(http().put(admin + "/1", "{\"title\":\"t\\nx\",\"body\":\"b\"}", bearer(ADMIN_TOKEN)), "title");
        assertInvalidField(http().post(V0 + "/admin/articles", "{\"category\":\"c\",\"language\":\"fr\",\"title\":\"t\","
                + "\"body\":\"b\"}", bearer(ADMIN_TOKEN)), "language");
        assertRefused(http().post(admin, "{\"title\":\"t\",\"body\":\"b\"}", bearer(USER_TOKEN)), 403, "forbidden");
    }
}
