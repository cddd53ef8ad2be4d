package spanel.application.content.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.content.Announcement;
import spanel.domain.content.Article;
import spanel.domain.user.UserId;

/** What users read: the announcements meant for them now, and the knowledge base. */
public interface ContentQueries {

    /** The announcements shown to the user now (not ended, meant for their class and group), pinned first. */
    List<Shown> announcements(UserId user);

    /** The articles, of one language and one category when given, by category and order. */
    List<Article> articles(Optional<String> language, Optional<String> category);

    record Shown(Announcement announcement, boolean read) {
        public Shown {
            Objects.requireNonNull(announcement, "announcement");
        }
    }
}
