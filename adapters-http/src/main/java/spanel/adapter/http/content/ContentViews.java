package spanel.adapter.http.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.content.port.in.ContentQueries;
import spanel.domain.content.Announcement;
import spanel.domain.content.Article;

/** Announcements and articles on the wire: the Markdown as written, and {@code html}, rendered by {@link SafeMarkdown}. */
final class ContentViews {

    private ContentViews() {
    }

    record ShownAnnouncementView(long id, String title, String body, String html, boolean pinned, String endsAt,
            String createdAt, boolean read) {
        static ShownAnnouncementView of(ContentQueries.Shown shown) {
            Announcement a = shown.announcement();
            return new ShownAnnouncementView(a.id().value(), a.draft().title(), a.draft().body(),
                    SafeMarkdown.html(a.draft().body()), a.draft().pinned(), time(a), a.createdAt().toString(), shown.read());
        }
    }

    record AnnouncementView(long id, String title, String body, String html, boolean pinned, List<Integer> classes,
            List<Integer> groups, String endsAt, String createdAt) {
        static AnnouncementView of(Announcement a) {
            return new AnnouncementView(a.id().value(), a.draft().title(), a.draft().body(),
                    SafeMarkdown.html(a.draft().body()), a.draft().pinned(),
                    a.draft().audience().classes().stream().sorted().toList(),
                    a.draft().audience().groups().stream().sorted().toList(), time(a), a.createdAt().toString());
        }
    }

    record ArticleView(long id, String category, String language, String title, String body, String html, int sort,
            String updatedAt) {
        static ArticleView of(Article a) {
            return new ArticleView(a.id().value(), a.draft().category(), a.draft().language(), a.draft().title(),
                    a.draft().body(), SafeMarkdown.html(a.draft().body()), a.draft().sort(), a.updatedAt().toString());
        }
    }

    /** {@code notify} (on publishing only): also send it to its audience through the outbox. */
    record AnnouncementRequest(String title, String body, Boolean pinned, List<Integer> classes, List<Integer> groups,
            String endsAt, @JsonProperty("notify") Boolean sendNotices) {
    }

    record ArticleRequest(String category, String language, String title, String body, Integer sort) {
    }

    private static String time(Announcement a) {
        Optional<String> end = a.draft().endsAt().map(Objects::toString);
        return end.orElse(null);
    }
}
