package spanel.application.plan.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** The account changes plans make over time, each settled in SQL over all the users it concerns. */
public interface PlanLifecycle {

    /**
     * Resets the used traffic of every user whose reset day falls on {@code date} (whose boundary,
     * 00:00 in the panel's zone, is {@code boundary}), whose plan was bought before the boundary and
     * whose class still runs at it: each reset is recorded with what was used, once per user and
     * date, and {@code u}/{@code d} lose exactly what was recorded, so bytes reported while the
     * reset runs are never lost and never counted twice. A user is reset once per {@code date}, even
     * when a change of zone moved its boundary. Answers the number of users reset.
     */
    int resetTraffic(LocalDate date, Instant boundary, Instant now);

    /**
     * Every user whose class expired at or before {@code at}: the stored class falls to
     * {@code defaultClass} and the monthly reset stops. Answers the number of users changed.
     */
    int dropExpiredClasses(Instant at, int defaultClass);

    /** How many accounts expired after {@code after} and at or before {@code atOrBefore} (nothing is deleted). */
    int countAccountsExpired(Instant after, Instant atOrBefore);
}
