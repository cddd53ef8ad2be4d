package spanel.domain.content;

/** A knowledge-base article's id: a positive number. */
public record ArticleId(long value) {

    public ArticleId {
        if (value <= 0) {
            throw new IllegalArgumentException("an article id is a positive integer, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
