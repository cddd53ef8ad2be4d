package spanel.domain.node;

/** A detect rule's id: a positive number. */
public record DetectRuleId(long value) {

    public DetectRuleId {
        if (value <= 0) {
            throw new IllegalArgumentException("a detect rule id is a positive integer, got " + value);
        }
    }

    public static DetectRuleId of(long value) {
        return new DetectRuleId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
