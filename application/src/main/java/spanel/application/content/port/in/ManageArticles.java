package spanel.application.content.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.content.Article;
import spanel.domain.content.ArticleDraft;
import spanel.domain.content.ArticleId;
import spanel.domain.user.UserId;

/** Staff keep the knowledge base: add, change and remove articles (audited). */
public interface ManageArticles {

    List<Article> list();

    Article add(Add command);

    Article replace(Replace command);

    ArticleId remove(Remove command);

    record Add(UserId admin, ArticleDraft draft) {
        public Add {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(draft, "draft");
        }
    }

    record Replace(UserId admin, ArticleId id, ArticleDraft draft) {
        public Replace {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(draft, "draft");
        }
    }

    record Remove(UserId admin, ArticleId id) {
        public Remove {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
