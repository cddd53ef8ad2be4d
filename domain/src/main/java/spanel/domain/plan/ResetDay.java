package spanel.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The day of the month a user's used traffic goes back to 0, at 00:00 in the panel's time zone.
 * A day the month does not have falls on the month's last day: a plan bought on January 31 resets
 * on February 28 (29 in a leap year), then on March 31.
 */
public record ResetDay(int day) {

    public static final ResetDay FIRST = new ResetDay(1);

    public ResetDay {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("a reset day is 1 to 31, not " + day);
        }
    }

    /** The day of the month of {@code instant} in {@code zone}: a plan bought then resets on that day each month. */
    public static ResetDay of(java.time.Instant instant, ZoneId zone) {
        return new ResetDay(ZonedDateTime.ofInstant(instant, zone).getDayOfMonth());
    }

    /** The first reset after {@code after}: 00:00 in {@code zone} on this day of a month, clamped to shorter months. */
    public java.time.Instant nextAfter(java.time.Instant after, ZoneId zone) {
        YearMonth month = YearMonth.from(ZonedDateTime.ofInstant(after, zone));
        java.time.Instant reset = startIn(month, zone);
        return reset.isAfter(after) ? reset : startIn(month.plusMonths(1), zone);
    }

    private java.time.Instant startIn(YearMonth month, ZoneId zone) {
        return month.atDay(Math.min(day, month.lengthOfMonth())).atStartOfDay(zone).toInstant();
    }

    /**
     * The reset days whose traffic resets on {@code date}: its own day of the month, and on the
     * month's last day also every later day the month does not have.
     */
    public static Days fallingOn(LocalDate date) {
        int today = date.getDayOfMonth();
        return new Days(today, today == date.lengthOfMonth() ? 31 : today);
    }

    /** The reset days from {@code first} to {@code last}, both included. */
    public record Days(int first, int last) {

        public boolean contain(ResetDay day) {
            return day.day() >= first && day.day() <= last;
        }
    }
}
