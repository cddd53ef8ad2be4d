package spanel.application.content;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spanel.application.content.port.in.ContentQueries;
import spanel.application.content.port.out.Announcements;
import spanel.application.content.port.out.Articles;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Article;
import spanel.domain.user.UserId;

public final class ContentQueryService implements ContentQueries {

    private final Announcements announcements;
    private final Articles articles;
    private final Readers readers;

    public ContentQueryService(Announcements announcements, Articles articles, UserAccounts accounts, Clock clock) {
        this.announcements = announcements;
        this.articles = articles;
        this.readers = new Readers(accounts, clock);
    }

    @Override
    public List<Shown> announcements(UserId user) {
        var shown = readers.shownTo(user);
        Set<AnnouncementId> read = announcements.readBy(user);
        return announcements.all().stream().filter(shown)
                .map(a -> new Shown(a, read.contains(a.id())))
                .toList();
    }

    @Override
    public List<Article> articles(Optional<String> language, Optional<String> category) {
        return articles.all().stream()
                .filter(a -> language.map(a.draft().language()::equals).orElse(true))
                .filter(a -> category.map(a.draft().category()::equals).orElse(true))
                .toList();
    }
}
