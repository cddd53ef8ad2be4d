package spanel.domain.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a job is due: a series of boundaries. A run belongs to one boundary; the runner runs each
 * boundary once, in order.
 */
public sealed interface Schedule {

    /** The latest boundary at or before {@code instant}. */
    Instant latestAtOrBefore(Instant instant);

    /** The boundary after {@code boundary}. */
    Instant after(Instant boundary);

    /** For people: "daily 00:00 Europe/Berlin", "every 60 s". */
    String describe();

    /** Every day at 00:00 in {@code zone}: a 23-hour or 25-hour day on a DST change is still one day. */
    static Schedule daily(ZoneId zone) {
        return new Daily(zone);
    }

    /** Every {@code period}, counted from the Unix epoch (so every instance agrees on the boundaries). */
    static Schedule every(Duration period) {
        return new Every(period);
    }

    record Daily(ZoneId zone) implements Schedule {

        public Daily {
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant latestAtOrBefore(Instant instant) {
            return startOf(instant.atZone(zone).toLocalDate());
        }

        @Override
        public Instant after(Instant boundary) {
            return startOf(boundary.atZone(zone).toLocalDate().plusDays(1));
        }

        /** The date a boundary starts, in the zone. */
        public LocalDate dateOf(Instant boundary) {
            return boundary.atZone(zone).toLocalDate();
        }

        /** 00:00 of {@code date}, or the first instant of it where a DST gap swallows midnight. */
        public Instant startOf(LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }

        @Override
        public String describe() {
            return "daily 00:00 " + zone.getId();
        }
    }

    record Every(Duration period) implements Schedule {

        public Every {
            if (period.isNegative() || period.isZero() || period.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("a period is a positive number of whole seconds");
            }
        }

        @Override
        public Instant latestAtOrBefore(Instant instant) {
            long seconds = period.toSeconds();
            return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
        }

        @Override
        public Instant after(Instant boundary) {
            return boundary.plus(period);
        }

        @Override
        public String describe() {
            return "every " + period.toSeconds() + " s";
        }
    }
}
