package spanel.domain.node;

/** A node's id: a positive number. */
public record NodeId(long value) {

    public NodeId {
        if (value <= 0) {
            throw new IllegalArgumentException("a node id is a positive integer, got " + value);
        }
    }

    public static NodeId of(long value) {
        return new NodeId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
