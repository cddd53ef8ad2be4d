package spanel.adapter.http.content;

import java.util.Objects;
import spanel.application.content.port.in.ContentQueries;
import spanel.application.content.port.in.ManageAnnouncements;
import spanel.application.content.port.in.ManageArticles;
import spanel.application.content.port.in.MarkAnnouncementRead;

/** The use cases behind announcements and the knowledge base, for users and for admins. */
public record ContentUseCases(ContentQueries queries, MarkAnnouncementRead markRead, ManageAnnouncements announcements,
        ManageArticles articles) {

    public ContentUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(markRead, "markRead");
        Objects.requireNonNull(announcements, "announcements");
        Objects.requireNonNull(articles, "articles");
    }
}
