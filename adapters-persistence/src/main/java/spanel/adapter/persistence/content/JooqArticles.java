package spanel.adapter.persistence.content;

import static spanel.adapter.persistence.generated.Tables.ARTICLES;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.ArticlesRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.content.port.out.Articles;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;

public final class JooqArticles implements Articles {

    private final DSLContext dsl;

    public JooqArticles(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Article> all() {
        return dsl.selectFrom(ARTICLES)
                .orderBy(ARTICLES.LANGUAGE, ARTICLES.CATEGORY, ARTICLES.SORT, ARTICLES.ID)
                .fetch(JooqArticles::toArticle);
    }

    @Override
    public ArticleId add(ArticleDraft draft, Instant at) {
        ArticlesRecord row = dsl.newRecord(ARTICLES);
        write(row, draft, at);
        row.store();
        return new ArticleId(row.getId());
    }

    @Override
    public boolean replace(ArticleId id, ArticleDraft draft, Instant at) {
        ArticlesRecord row = dsl.newRecord(ARTICLES);
        write(row, draft, at);
        return dsl.update(ARTICLES).set(row).where(ARTICLES.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public boolean remove(ArticleId id) {
        return dsl.deleteFrom(ARTICLES).where(ARTICLES.ID.eq(id.value())).execute() == 1;
    }

    private static void write(ArticlesRecord row, ArticleDraft draft, Instant at) {
        row.setCategory(draft.category());
        row.setLanguage(draft.language());
        row.setTitle(draft.title());
        row.setBody(draft.body());
        row.setSort(draft.sort());
        row.setUpdatedAt(Times.utc(at));
    }

    private static Article toArticle(ArticlesRecord row) {
        return new Article(new ArticleId(row.getId()),
                new ArticleDraft(row.getCategory(), row.getLanguage(), row.getTitle(), row.getBody(), row.getSort()),
                Times.instant(row.getUpdatedAt()));
    }
}
