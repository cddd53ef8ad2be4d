package spanel.domain.page;

/** Which page of a listing: pages count from 1, at most 100 rows each. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " rows");
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
