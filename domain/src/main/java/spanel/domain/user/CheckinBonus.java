package spanel.domain.user;

import java.util.random.RandomGenerator;
import spanel.domain.traffic.Traffic;

/**
 * The daily check-in bonus: a whole number of megabytes (2^20 bytes) drawn uniformly from
 * {@code minMb} to {@code maxMb}, both included. 0 and 0 is "no check-in".
 */
public record CheckinBonus(long minMb, long maxMb) {

    public static final CheckinBonus OFF = new CheckinBonus(0, 0);
    public static final long BYTES_PER_MB = 1L << 20;
    /** 1 TB a day: far above any real bonus, far below an overflow. */
    public static final long MAX_MB = 1L << 20;

    public CheckinBonus {
        if (minMb < 0 || maxMb < 0 || minMb > MAX_MB || maxMb > MAX_MB) {
            throw new IllegalArgumentException("a check-in bonus is from 0 to " + MAX_MB + " MB");
        }
        if (minMb > maxMb) {
            throw new IllegalArgumentException("the smallest check-in bonus (" + minMb + " MB) is above the largest ("
                    + maxMb + " MB)");
        }
    }

    public boolean enabled() {
        return maxMb > 0;
    }

    public Traffic draw(RandomGenerator random) {
        return Traffic.ofBytes(random.nextLong(minMb, maxMb + 1) * BYTES_PER_MB);
    }
}
