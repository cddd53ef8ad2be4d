package spanel.domain.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The tests' clock, in UTC: it stands still where a test puts it ({@link #at}), or runs with the
 * real time ({@link #runningFromNow}, for an assembled service whose pools and servers keep real
 * time too); either way it moves forward only as far as the test moves it.
 */
public final class MovableClock extends Clock {

    private final Clock source;
    private volatile Duration ahead = Duration.ZERO;

    private MovableClock(Clock source) {
        this.source = source;
    }

    public MovableClock(Instant start) {
        this(Clock.fixed(start, ZoneOffset.UTC));
    }

    public static MovableClock at(String instant) {
        return new MovableClock(Instant.parse(instant));
    }

    public static MovableClock runningFromNow() {
        return new MovableClock(Clock.systemUTC());
    }

    public void set(Instant instant) {
        ahead = Duration.between(source.instant(), instant);
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
        return source.instant().plus(ahead);
    }
}
