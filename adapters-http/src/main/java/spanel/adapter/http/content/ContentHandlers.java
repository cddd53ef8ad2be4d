package spanel.adapter.http.content;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.adapter.http.content.ContentViews.AnnouncementRequest;
import spanel.adapter.http.content.ContentViews.AnnouncementView;
import spanel.adapter.http.content.ContentViews.ArticleRequest;
import spanel.adapter.http.content.ContentViews.ArticleView;
import spanel.adapter.http.content.ContentViews.ShownAnnouncementView;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.adapter.http.support.Listing;
import spanel.application.content.port.in.ManageAnnouncements;
import spanel.application.content.port.in.ManageArticles;
import spanel.application.content.port.in.MarkAnnouncementRead;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;
import spanel.domain.content.Audience;
import spanel.domain.content.ContentText;

/** /user/announcements, /user/articles, and their admin side under /admin/announcements and /admin/articles. */
final class ContentHandlers {

    private final ContentUseCases content;

    ContentHandlers(ContentUseCases content) {
        this.content = content;
    }

    void userAnnouncements(Context ctx) {
        var shown = content.queries().announcements(Callers.of(ctx).userId());
        ctx.json(Envelope.ok(Listing.of("announcements", shown, Fields.page(ctx), ShownAnnouncementView::of)));
    }

    void markRead(Context ctx) {
        var id = content.markRead().mark(new MarkAnnouncementRead.Command(Callers.of(ctx).userId(), announcementId(ctx)));
        ctx.json(Envelope.ok(Map.of("id", id.value(), "read", true)));
    }

    void userArticles(Context ctx) {
        Optional<String> language = query(ctx, "language");
        language.ifPresent(l -> Fields.checked("language", () -> ContentText.language(l)));
        var articles = content.queries().articles(language, query(ctx, "category"));
        ctx.json(Envelope.ok(Listing.of("articles", articles, Fields.page(ctx), ArticleView::of)));
    }

    void listAnnouncements(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("announcements", content.announcements().list(), Fields.page(ctx),
                AnnouncementView::of)));
    }

    void publish(Context ctx) {
        AnnouncementRequest request = Json.body(ctx, AnnouncementRequest.class);
        var draft = announcementDraft(request);
        boolean send = Boolean.TRUE.equals(request.sendNotices());
        var published = content.announcements().publish(new ManageAnnouncements.Publish(Callers.of(ctx).userId(), draft, send));
        ctx.json(Envelope.ok(AnnouncementView.of(published)));
    }

    void replaceAnnouncement(Context ctx) {
        AnnouncementId id = announcementId(ctx);
        var draft = announcementDraft(ctx);
        var changed = content.announcements().replace(new ManageAnnouncements.Replace(Callers.of(ctx).userId(), id, draft));
        ctx.json(Envelope.ok(AnnouncementView.of(changed)));
    }

    void removeAnnouncement(Context ctx) {
        var id = content.announcements().remove(new ManageAnnouncements.Remove(Callers.of(ctx).userId(), announcementId(ctx)));
        ctx.json(Envelope.ok(Map.of("id", id.value())));
    }

    void listArticles(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("articles", content.articles().list(), Fields.page(ctx), ArticleView::of)));
    }

    void addArticle(Context ctx) {
        var draft = articleDraft(ctx);
        var added = content.articles().add(new ManageArticles.Add(Callers.of(ctx).userId(), draft));
        ctx.json(Envelope.ok(ArticleView.of(added)));
    }

    void replaceArticle(Context ctx) {
        ArticleId id = new ArticleId(Fields.pathId(ctx, "id"));
        var draft = articleDraft(ctx);
        var changed = content.articles().replace(new ManageArticles.Replace(Callers.of(ctx).userId(), id, draft));
        ctx.json(Envelope.ok(ArticleView.of(changed)));
    }

    void removeArticle(Context ctx) {
        var id = content.articles().remove(new ManageArticles.Remove(Callers.of(ctx).userId(),
                new ArticleId(Fields.pathId(ctx, "id"))));
        ctx.json(Envelope.ok(Map.of("id", id.value())));
    }

    private static AnnouncementId announcementId(Context ctx) {
        return new AnnouncementId(Fields.pathId(ctx, "id"));
    }

    private static AnnouncementDraft announcementDraft(Context ctx) {
        return announcementDraft(Json.body(ctx, AnnouncementRequest.class));
    }

    private static AnnouncementDraft announcementDraft(AnnouncementRequest request) {
        String title = Fields.required("title", request.title());
        String body = Fields.required("body", request.body());
        boolean pinned = request.pinned() != null && request.pinned();
        Audience audience = Fields.checked("classes", () -> new Audience(numbers("classes", request.classes()),
                numbers("groups", request.groups())));
        Optional<Instant> endsAt = Optional.ofNullable(request.endsAt()).map(ContentHandlers::time);
        return Fields.rule(() -> new AnnouncementDraft(title, body, pinned, audience, endsAt));
    }

    private static ArticleDraft articleDraft(Context ctx) {
        ArticleRequest request = Json.body(ctx, ArticleRequest.class);
        String category = Fields.required("category", request.category());
        String language = Fields.required("language", request.language());
        String title = Fields.required("title", request.title());
        String body = Fields.required("body", request.body());
        int sort = request.sort() == null ? 0 : request.sort();
        return Fields.rule(() -> new ArticleDraft(category, language, title, body, sort));
    }

    private static Set<Integer> numbers(String field, List<Integer> numbers) {
        if (numbers == null) {
            return Set.of();
        }
        Set<Integer> set = new HashSet<>();
        for (Integer n : numbers) {
            if (n == null || n < 0) {
                throw InvalidRequest.field(field, "whole numbers from 0");
            }
            set.add(n);
        }
        return set;
    }

    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidRequest.field("ends_at", "an ISO-8601 time with an offset, e.g. 2026-01-31T00:00:00Z");
        }
    }

    private static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(text -> !text.isEmpty());
    }
}
