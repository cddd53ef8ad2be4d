package spanel.application.content.port.out;

import java.time.Instant;
import java.util.List;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;

/** The knowledge base. */
public interface Articles {

    /** Every article, by language, category, sort and id. */
    List<Article> all();

    ArticleId add(ArticleDraft draft, Instant at);

    /** False when there is no such article. */
    boolean replace(ArticleId id, ArticleDraft draft, Instant at);

    /** False when there is no such article. */
    boolean remove(ArticleId id);
}
