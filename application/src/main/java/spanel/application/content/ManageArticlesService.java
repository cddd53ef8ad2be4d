package spanel.application.content;

import java.time.Clock;
import java.util.List;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.content.port.in.ManageArticles;
import spanel.application.content.port.out.Articles;
import spanel.domain.audit.AuditEntry;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleId;
import spanel.domain.error.NotFound;

/** Each write and its audit entry land in one transaction. */
public final class ManageArticlesService implements ManageArticles {

    private final Articles articles;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ManageArticlesService(Articles articles, AuditTrail audit, TransactionRunner transactions, Clock clock) {
        this.articles = articles;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Article> list() {
        return articles.all();
    }

    @Override
    public Article add(Add command) {
        var at = clock.instant();
        return transactions.inTransaction(() -> {
            ArticleId id = articles.add(command.draft(), at);
            audit.record(new AuditEntry(command.admin(), "article.add", "article:" + id, command.draft().title()));
            return new Article(id, command.draft(), at);
        });
    }

    @Override
    public Article replace(Replace command) {
        var at = clock.instant();
        return transactions.inTransaction(() -> {
            if (!articles.replace(command.id(), command.draft(), at)) {
                throw new NotFound("no article " + command.id());
            }
            audit.record(new AuditEntry(command.admin(), "article.change", "article:" + command.id(), command.draft().title()));
            return new Article(command.id(), command.draft(), at);
        });
    }

    @Override
    public ArticleId remove(Remove command) {
        return transactions.inTransaction(() -> {
            if (!articles.remove(command.id())) {
                throw new NotFound("no article " + command.id());
            }
            audit.record(new AuditEntry(command.admin(), "article.remove", "article:" + command.id(), ""));
            return command.id();
        });
    }
}
