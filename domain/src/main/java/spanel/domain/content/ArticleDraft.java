package spanel.domain.content;

/** A knowledge-base article as an admin writes it: its place (category, order) and language, title and Markdown body. */
public record ArticleDraft(String category, String language, String title, String body, int sort) {

    public ArticleDraft {
        ContentText.category(category);
        ContentText.language(language);
        ContentText.title(title);
        ContentText.body(body);
    }
}
