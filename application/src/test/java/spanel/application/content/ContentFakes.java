package spanel.application.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.application.content.port.out.AnnouncementSends;
import spanel.application.content.port.out.Announcements;
import spanel.application.content.port.out.Articles;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;
import spanel.domain.content.Audience;
import spanel.domain.user.UserId;

/** In-memory announcements and articles, in the orders the SQL adapters answer. */
final class ContentFakes {

    private ContentFakes() {
    }

    /** Sends asked for, in order; the fan-out itself is tested on the databases. */
    static final class RequestedSends implements AnnouncementSends {
        final List<AnnouncementId> requested = new ArrayList<>();

        @Override
        public void request(AnnouncementId id, Instant at) {
            requested.add(id);
        }

        @Override
        public List<Progress> pending(int limit) {
            return requested.stream().map(id -> new Progress(id, 0)).limit(limit).toList();
        }

        @Override
        public Optional<Long> progress(AnnouncementId id) {
            return requested.contains(id) ? Optional.of(0L) : Optional.empty();
        }

        @Override
        public List<UserId> audience(Audience audience, long afterUser, Instant now, int limit) {
            return List.of();
        }

        @Override
        public boolean advance(AnnouncementId id, long from, long to) {
            return false;
        }

        @Override
        public boolean finish(AnnouncementId id, long from, Instant at) {
            return requested.remove(id);
        }
    }

    static final class InMemoryAnnouncements implements Announcements {
        final Map<AnnouncementId, Announcement> stored = new LinkedHashMap<>();
        final Map<UserId, Set<AnnouncementId>> reads = new LinkedHashMap<>();

        @Override
        public List<Announcement> all() {
            List<Announcement> all = new ArrayList<>(stored.values());
            all.sort(Comparator.comparing((Announcement a) -> !a.draft().pinned())
                    .thenComparing(Announcement::createdAt, Comparator.reverseOrder()));
            return all;
        }

        @Override
        public Optional<Announcement> find(AnnouncementId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public AnnouncementId add(AnnouncementDraft draft, Instant at) {
            AnnouncementId id = new AnnouncementId(stored.size() + 1);
            stored.put(id, new Announcement(id, draft, at));
            return id;
        }

        @Override
        public boolean replace(AnnouncementId id, AnnouncementDraft draft) {
            Announcement old = stored.get(id);
            return old != null && stored.put(id, new Announcement(id, draft, old.createdAt())) != null;
        }

        @Override
        public boolean remove(AnnouncementId id) {
            return stored.remove(id) != null;
        }

        @Override
        public Set<AnnouncementId> readBy(UserId user) {
            return Set.copyOf(reads.getOrDefault(user, Set.of()));
        }

        @Override
        public void markRead(UserId user, AnnouncementId id, Instant at) {
            reads.computeIfAbsent(user, u -> new HashSet<>()).add(id);
        }
    }

    static final class InMemoryArticles implements Articles {
        final Map<ArticleId, Article> stored = new LinkedHashMap<>();

        @Override
        public List<Article> all() {
            return stored.values().stream().sorted(Comparator.comparing((Article a) -> a.draft().language())
                    .thenComparing(a -> a.draft().category()).thenComparingInt(a -> a.draft().sort())).toList();
        }

        @Override
        public ArticleId add(ArticleDraft draft, Instant at) {
            ArticleId id = new ArticleId(stored.size() + 1);
            stored.put(id, new Article(id, draft, at));
            return id;
        }

        @Override
        public boolean replace(ArticleId id, ArticleDraft draft, Instant at) {
            return stored.containsKey(id) && stored.put(id, new Article(id, draft, at)) != null;
        }

        @Override
        public boolean remove(ArticleId id) {
            return stored.remove(id) != null;
        }
    }
}
