package spanel.domain.content;

/** An announcement's id: a positive number. */
public record AnnouncementId(long value) {

    public AnnouncementId {
        if (value <= 0) {
            throw new IllegalArgumentException("an announcement id is a positive integer, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
