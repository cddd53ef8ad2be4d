package spanel.domain.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a plan resets its used traffic each month: on the day of the month it was bought
 * ({@code purchase_day}) or on the 1st ({@code first_day}).
 */
public enum MonthlyReset {
    PURCHASE_DAY("purchase_day"),
    FIRST_DAY("first_day");

    private final String wireName;

    MonthlyReset(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<MonthlyReset> fromWireName(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }

    /** The reset day of a plan of this kind bought at {@code boughtAt}, the day taken in {@code zone}. */
    public ResetDay dayFor(Instant boughtAt, ZoneId zone) {
        return this == FIRST_DAY ? ResetDay.FIRST : ResetDay.of(boughtAt, zone);
    }
}
