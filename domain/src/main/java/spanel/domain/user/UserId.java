package spanel.domain.user;

/** A user's id: a positive number. */
public record UserId(long value) implements Comparable<UserId> {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a user id is a positive integer, got " + value);
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
