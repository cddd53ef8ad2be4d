package spanel.domain.referral;

/** A withdrawal's id: a positive number. */
public record WithdrawalId(long value) {

    public WithdrawalId {
        if (value <= 0) {
            throw new IllegalArgumentException("a withdrawal id is a positive integer, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
