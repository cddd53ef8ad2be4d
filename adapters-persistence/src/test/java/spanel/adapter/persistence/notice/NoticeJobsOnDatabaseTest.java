package spanel.adapter.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_RESETS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.job.JooqJobLedger;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.common.CountingMeters;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.RunDueJobs.JobsRun;
import spanel.application.notice.NoticeJobs;
import spanel.application.notice.OutboxNotices;
import spanel.domain.common.MovableClock;
import spanel.domain.notice.NoticeChannel;

/**
 * The jobs that raise plan-end and traffic notices, on the real databases: once per boundary, also
 * when the instance was down across it, and not for a user who renewed in time. Each test has its
 * own years and users and looks only at them.
 */
class NoticeJobsOnDatabaseTest extends PersistenceContractTest {

    private RunDueJobsService runner(MovableClock clock) {
        OutboxNotices notices = new OutboxNotices(new JooqOutbox(dsl()), new JooqNoticePreferences(dsl()),
                EnumSet.of(NoticeChannel.MAIL), clock);
        JooqNoticeBoundaries boundaries = new JooqNoticeBoundaries(dsl());
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        List<ScheduledJob> jobs = List.of(NoticeJobs.planEnds(boundaries, notices, Duration.ofDays(3)),
                NoticeJobs.traffic(boundaries, notices)).stream()
                .map(job -> new ScheduledJob(job.name() + suffix, job.schedule(), job.runsEveryMissedBoundary(), job.work()))
                .toList();
        return new RunDueJobsService(jobs, new JooqJobLedger(dsl()), transactions(), new CountingMeters(), clock);
    }

    private static void ran(RunDueJobsService runner) {
        JobsRun run = runner.runDue();
        assertThat(run.failed()).as("failed runs").isEmpty();
    }

    private long userWhosePlanEndsAt(Instant end) {
        var user = Seed.user(dsl());
        user.setClassExpire(Times.utc(end));
        return Seed.insert(user);
    }

    private long userWithTraffic(long quota, long used) {
        var user = Seed.user(dsl());
        user.setTransferEnable(quota);
        user.setU(used);
        return Seed.insert(user);
    }

    private List<String> told(long user, String event) {
        return dsl().select(NOTICES.BOUNDARY).from(NOTICES).where(NOTICES.USER_ID.eq(user)).and(NOTICES.EVENT.eq(event))
                .orderBy(NOTICES.ID).fetch(NOTICES.BOUNDARY);
    }

    @Test
    void aPlanEndIsToldOnceAheadAndOnceWhenItComesAlsoAcrossDowntimeAndNotAfterARenewal() {
        Instant start = Instant.parse("2061-01-10T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(10));
        long ending = userWhosePlanEndsAt(end);
        long renewing = userWhosePlanEndsAt(end);
        MovableClock clock = new MovableClock(start);
        RunDueJobsService runner = runner(clock);

        ran(runner);
        assertThat(told(ending, "plan_expiring")).isEmpty();

        // Renewed in time: the plan now ends a month later.
        dsl().update(USERS).set(USERS.CLASS_EXPIRE, Times.utc(end.plus(Duration.ofDays(30)))).where(USERS.ID.eq(renewing)).execute();
        // Down from day 0 to day 8: the moment three days before the end (day 7) passed meanwhile.
        clock.set(start.plus(Duration.ofDays(8)));
        ran(runner);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(told(ending, "plan_expiring")).containsExactly(NoticeJobs.boundary(end));
        assertThat(told(ending, "plan_ended")).isEmpty();
        assertThat(told(renewing, "plan_expiring")).as("renewed: the old end no longer holds").isEmpty();

        clock.set(end.plus(Duration.ofHours(5)));
        ran(runner);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(told(ending, "plan_ended")).containsExactly(NoticeJobs.boundary(end));
        assertThat(told(ending, "plan_expiring")).hasSize(1);
        assertThat(told(renewing, "plan_ended")).isEmpty();

        clock.set(end.plus(Duration.ofDays(28)));
        ran(runner);
        assertThat(told(renewing, "plan_expiring")).as("the new end, in its turn")
                .containsExactly(NoticeJobs.boundary(end.plus(Duration.ofDays(30))));
    }

    @Test
    void trafficIsToldOncePerLevelAndPeriod() {
        MovableClock clock = MovableClock.at("2062-01-10T00:00:00Z");
        RunDueJobsService runner = runner(clock);
        long user = userWithTraffic(1_000, 799);
        long jumping = userWithTraffic(1_000, 1_200);

        ran(runner);
        assertThat(told(user, "traffic_80")).isEmpty();

        dsl().update(USERS).set(USERS.U, 850L).where(USERS.ID.eq(user)).execute();
        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        assertThat(told(user, "traffic_80")).containsExactly("q1000/r0");
        assertThat(told(user, "traffic_100")).isEmpty();
        assertThat(told(jumping, "traffic_100")).containsExactly("q1000/r0");
        assertThat(told(jumping, "traffic_80")).as("past the whole quota at once: only that").isEmpty();

        dsl().update(USERS).set(USERS.D, 150L).where(USERS.ID.eq(user)).execute();
        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        assertThat(told(user, "traffic_100")).containsExactly("q1000/r0");

        // A monthly reset starts a new period, which is told again.
        dsl().insertInto(TRAFFIC_RESETS, TRAFFIC_RESETS.USER_ID, TRAFFIC_RESETS.BOUNDARY, TRAFFIC_RESETS.RESET_DATE,
                        TRAFFIC_RESETS.U, TRAFFIC_RESETS.D, TRAFFIC_RESETS.RESET_AT)
                .values(user, Times.utc(clock.instant()), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), 850L, 150L,
                        Times.utc(clock.instant()))
                .execute();
        dsl().update(USERS).set(USERS.U, 900L).set(USERS.D, 0L).where(USERS.ID.eq(user)).execute();
        clock.advance(Duration.ofMinutes(1));
        ran(runner);
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(told(user, "traffic_80")).containsExactly("q1000/r0", "q1000/r1");
    }
}
