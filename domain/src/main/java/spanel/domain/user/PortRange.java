package spanel.domain.user;

import java.util.random.RandomGenerator;

/** The ports new accounts are given, both ends included. */
public record PortRange(int start, int end) {

    public PortRange {
        if (start < 1 || end > 65535 || start > end) {
            throw new IllegalArgumentException("a port range lies within 1..65535 and starts at or before its end: "
                    + start + ".." + end);
        }
    }

    /** A port drawn uniformly from the range. */
    public int pick(RandomGenerator random) {
        return random.nextInt(start, end + 1);
    }

    public int size() {
        return end - start + 1;
    }
}
