package spanel.domain.traffic;

/** An amount of traffic in bytes. Never negative. 1 GB is 2^30 bytes here and everywhere. */
public record Traffic(long bytes) implements Comparable<Traffic> {

    public static final Traffic ZERO = new Traffic(0);
    public static final long BYTES_PER_GB = 1L << 30;

    public Traffic {
        if (bytes < 0) {
            throw new IllegalArgumentException("traffic cannot be negative: " + bytes + " bytes");
        }
    }

    public static Traffic ofBytes(long bytes) {
        return new Traffic(bytes);
    }

    /** Whole gigabytes to bytes; an amount that would not fit in a long is refused. */
    public static Traffic ofGigabytes(long gigabytes) {
        if (gigabytes < 0) {
            throw new IllegalArgumentException("traffic cannot be negative: " + gigabytes + " GB");
        }
        return new Traffic(Math.multiplyExact(gigabytes, BYTES_PER_GB));
    }

    public Traffic plus(Traffic other) {
        return new Traffic(Math.addExact(bytes, other.bytes));
    }

    @Override
    public int compareTo(Traffic other) {
        return Long.compare(bytes, other.bytes);
    }
}
