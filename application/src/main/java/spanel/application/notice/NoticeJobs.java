package spanel.application.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.job.ScheduledJob;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.NoticeBoundaries;
import spanel.application.notice.port.out.Notices;
import spanel.application.notice.port.out.Outbox;
import spanel.domain.notice.NoticeEvent;

/**
 * The jobs that raise the notices nobody's request causes: a plan about to end, a plan ended, a
 * traffic quota mostly or wholly used. Each runs claimed on one instance, and raises in the claim's
 * transaction, so a failed run raises nothing and is run again.
 */
public final class NoticeJobs {

    /** Notices deleted per transaction by the prune. */
    public static final int PRUNE_BATCH = 1000;

    /** Users looked at per traffic level and run; the rest are found by the next run. */
    public static final int TRAFFIC_PER_RUN = 1000;

    private NoticeJobs() {
    }

    /**
     * Every minute: "your plan ends in {@code ahead}" for each plan whose end minus {@code ahead}
     * passed since the last run and whose end is still to come, and "your plan ended" for each plan
     * whose end passed since the last run; after downtime one run covers the whole gap. The
     * boundary is the end itself: a user who renewed has a new end, so the old one passes without
     * a word, and the new one is told in its turn.
     */
    public static ScheduledJob planEnds(NoticeBoundaries boundaries, Notices notices, Duration ahead) {
        if (ahead.isNegative() || ahead.isZero()) {
            throw new IllegalArgumentException("the notice comes some time before the end");
        }
        long days = ahead.toDays();
        return ScheduledJob.sweep("notice-plan-ends", Duration.ofMinutes(1), run -> {
            int expiring = 0;
            for (NoticeBoundaries.PlanEnd end : boundaries.plansEnding(run.previous().plus(ahead), run.boundary().plus(ahead))) {
                if (end.end().isAfter(run.boundary())) {
                    notices.raise(Notice.toUser(NoticeEvent.PLAN_EXPIRING, end.user(), boundary(end.end()),
                            Map.of("ends_at", end.end().toString(), "days", Long.toString(days))));
                    expiring++;
                }
            }
            int ended = 0;
            for (NoticeBoundaries.PlanEnd end : boundaries.plansEnding(run.previous(), run.boundary())) {
                notices.raise(Notice.toUser(NoticeEvent.PLAN_ENDED, end.user(), boundary(end.end()),
                        Map.of("ends_at", end.end().toString())));
                ended++;
            }
            return expiring + " plan(s) ending in " + days + " day(s), " + ended + " ended";
        });
    }

    /**
     * Every minute: "80 % of your traffic is used" for each user from 80 % up to (not including)
     * the whole quota, and "your traffic is used up" at the whole quota, each once per quota and
     * period (a monthly reset or a new quota starts another). A user who jumps past the whole quota
     * hears only that.
     */
    public static ScheduledJob traffic(NoticeBoundaries boundaries, Notices notices) {
        return ScheduledJob.sweep("notice-traffic", Duration.ofMinutes(1), run -> {
            int full = raise(boundaries.trafficUsed(100, Integer.MAX_VALUE, NoticeEvent.TRAFFIC_100.word(), TRAFFIC_PER_RUN),
                    NoticeEvent.TRAFFIC_100, notices);
            int most = raise(boundaries.trafficUsed(80, 100, NoticeEvent.TRAFFIC_80.word(), TRAFFIC_PER_RUN),
                    NoticeEvent.TRAFFIC_80, notices);
            return most + " user(s) at 80 %, " + full + " at 100 %";
        });
    }

    private static int raise(java.util.List<NoticeBoundaries.TrafficUsed> users, NoticeEvent event, Notices notices) {
        for (NoticeBoundaries.TrafficUsed user : users) {
            notices.raise(Notice.toUser(event, user.user(), user.boundary(), Map.of(
                    "used_bytes", Long.toString(user.used()), "quota_bytes", Long.toString(user.quota()),
                    "used_gb", gigabytes(user.used()), "quota_gb", gigabytes(user.quota()))));
        }
        return users.size();
    }

    /**
     * Every hour: notices older than {@code retention} whose deliveries are all sent or given up
     * are deleted with their deliveries, {@value #PRUNE_BATCH} per transaction, so a large backlog
     * never holds one long transaction. The claim commits first (the work is outside it); a run
     * that fails midway keeps what it deleted, and the next run goes on. A notice still waiting,
     * and a traffic notice of the user's period now, are kept (see {@link Outbox#prune}).
     */
    public static ScheduledJob prune(Outbox outbox, TransactionRunner transactions, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("notices are kept some time");
        }
        return ScheduledJob.sweepOutsideTransaction("notice-prune", Duration.ofHours(1), run -> {
            Instant before = run.boundary().minus(retention);
            int deleted = 0;
            int batch;
            do {
                batch = transactions.inTransaction(() -> outbox.prune(before, PRUNE_BATCH));
                deleted += batch;
            } while (batch == PRUNE_BATCH);
            return deleted + " notice(s) older than " + retention.toDays() + " days deleted";
        });
    }

    /** Whole gigabytes with two decimals, as users read them (1 GB = 2^30 bytes). */
    static String gigabytes(long bytes) {
        return new java.math.BigDecimal(bytes).divide(java.math.BigDecimal.valueOf(1L << 30), 2, java.math.RoundingMode.DOWN)
                .toPlainString();
    }

    /** A plan end as a boundary: its Unix second. */
    public static String boundary(Instant end) {
        return "end:" + end.getEpochSecond();
    }
}
