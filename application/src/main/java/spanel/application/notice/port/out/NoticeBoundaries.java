package spanel.application.notice.port.out;

import java.time.Instant;
import java.util.List;
import spanel.domain.user.UserId;

/** The users who crossed a boundary a notice is raised for, found in SQL over all users. */
public interface NoticeBoundaries {

    /** Users whose plan (class) ends after {@code after} and at or before {@code atOrBefore}, with the end. */
    List<PlanEnd> plansEnding(Instant after, Instant atOrBefore);

    /**
     * Users (enabled, not banned) who used at least {@code percent} % and less than
     * {@code belowPercent} % of a quota above 0, and were not yet told {@code event} in this period
     * (no such notice with the period's boundary), at most {@code limit}, by id.
     */
    List<TrafficUsed> trafficUsed(int percent, int belowPercent, String event, int limit);

    record PlanEnd(UserId user, Instant end) {
    }

    /** {@code boundary}: the quota and the number of monthly resets so far, which together name the period. */
    record TrafficUsed(UserId user, String boundary, long used, long quota) {
    }
}
