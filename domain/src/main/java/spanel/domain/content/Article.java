package spanel.domain.content;

import java.time.Instant;
import java.util.Objects;

/** A knowledge-base article as stored. */
public record Article(ArticleId id, ArticleDraft draft, Instant updatedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
