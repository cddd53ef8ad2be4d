package spanel.adapter.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_DELIVERIES;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.job.JooqJobLedger;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.common.CountingMeters;
import spanel.application.job.JobRun;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.notice.NoticeJobs;
import spanel.application.notice.OutboxNotices;
import spanel.application.notice.port.out.Notice;
import spanel.domain.common.MovableClock;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.UserId;

/**
 * The notice-prune job on the real databases: old notices whose deliveries are done go, with their
 * deliveries; a notice still waiting to be delivered stays whatever its age; and pruning never lets
 * the traffic or plan-end jobs raise a boundary again. Each test has its own years and users.
 */
class NoticePruneOnDatabaseTest extends PersistenceContractTest {

    private static final Duration RETENTION = Duration.ofDays(90);

    private OutboxNotices notices(MovableClock clock) {
        return new OutboxNotices(new JooqOutbox(dsl()), new JooqNoticePreferences(dsl()), EnumSet.of(NoticeChannel.MAIL), clock);
    }

    private RunDueJobsService raising(MovableClock clock) {
        JooqNoticeBoundaries boundaries = new JooqNoticeBoundaries(dsl());
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        List<ScheduledJob> jobs = List.of(NoticeJobs.planEnds(boundaries, notices(clock), Duration.ofDays(3)),
                NoticeJobs.traffic(boundaries, notices(clock))).stream()
                .map(job -> new ScheduledJob(job.name() + suffix, job.schedule(), job.runsEveryMissedBoundary(), job.work()))
                .toList();
        return new RunDueJobsService(jobs, new JooqJobLedger(dsl()), transactions(), new CountingMeters(), clock);
    }

    private void prune(Instant at) {
        NoticeJobs.prune(new JooqOutbox(dsl()), transactions(), RETENTION).run(new JobRun(at.minusSeconds(3_600), at, at));
    }

    private void allSent(long user, Instant at) {
        dsl().update(NOTICE_DELIVERIES).set(NOTICE_DELIVERIES.SENT_AT, Times.utc(at))
                .where(NOTICE_DELIVERIES.NOTICE_ID.in(dsl().select(NOTICES.ID).from(NOTICES).where(NOTICES.USER_ID.eq(user))))
                .execute();
    }

    private List<String> told(long user) {
        return dsl().select(NOTICES.EVENT).from(NOTICES).where(NOTICES.USER_ID.eq(user)).orderBy(NOTICES.ID).fetch(NOTICES.EVENT);
    }

    @Test
    void oldNoticesGoButNoBoundaryIsRaisedAgainAndNothingWaitingIsLost() {
        Instant start = Instant.parse("2071-01-01T00:00:00Z");
        MovableClock clock = new MovableClock(start);
        var ending = Seed.user(dsl());
        ending.setClassExpire(Times.utc(start.plus(Duration.ofMinutes(2))));
        long planEnded = Seed.insert(ending);
        var heavy = Seed.user(dsl());
        heavy.setTransferEnable(1_000L);
        heavy.setU(850L);
        long traffic = Seed.insert(heavy);
        long waiting = Seed.activeUser(dsl());
        RunDueJobsService runner = raising(clock);
        runner.runDue();
        clock.advance(Duration.ofMinutes(3));
        runner.runDue();
        notices(clock).raise(Notice.toUser(NoticeEvent.PASSWORD_CHANGED, UserId.of(waiting), "at:1", Map.of()));
        assertThat(told(planEnded)).containsExactly("plan_ended");
        assertThat(told(traffic)).containsExactly("traffic_80");
        allSent(planEnded, clock.instant());
        allSent(traffic, clock.instant());
        // The same user's traffic notice of a period that is over (another quota).
        notices(clock).raise(Notice.toUser(NoticeEvent.TRAFFIC_80, UserId.of(traffic), "q500/r0", Map.of()));
        allSent(traffic, clock.instant());

        clock.advance(RETENTION.plusDays(10));
        prune(clock.instant());

        assertThat(told(planEnded)).as("its plan end is over").isEmpty();
        assertThat(dsl().select(NOTICES.BOUNDARY).from(NOTICES).where(NOTICES.USER_ID.eq(traffic)).fetch(NOTICES.BOUNDARY))
                .as("the period now is kept, the one over goes").containsExactly("q1000/r0");
        assertThat(told(waiting)).as("its mail was never delivered").containsExactly("password_changed");
        assertThat(dsl().fetchCount(NOTICE_DELIVERIES, NOTICE_DELIVERIES.NOTICE_ID.in(
                dsl().select(NOTICES.ID).from(NOTICES).where(NOTICES.USER_ID.eq(waiting))))).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        runner.runDue();

        assertThat(told(planEnded)).as("not told again").isEmpty();
        assertThat(told(traffic)).as("not told again").containsExactly("traffic_80");
    }
}
