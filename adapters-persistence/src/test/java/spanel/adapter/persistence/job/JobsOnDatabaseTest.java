package spanel.adapter.persistence.job;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.ACCESS_TOKENS;
import static spanel.adapter.persistence.generated.Tables.PASSWORD_RESETS;
import static spanel.adapter.persistence.generated.Tables.JOB_RUNS;
import static spanel.adapter.persistence.generated.Tables.JOB_STATE;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_DAILY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_RESETS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.node.JooqNodeRegistry;
import spanel.adapter.persistence.node.JooqNodeSilence;
import spanel.adapter.persistence.node.JooqTrafficLedger;
import spanel.adapter.persistence.node.JooqTrafficLog;
import spanel.adapter.persistence.plan.JooqPlanLifecycle;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.adapter.persistence.user.JooqExpiredTokens;
import spanel.application.common.CountingMeters;
import spanel.domain.common.MovableClock;
import spanel.application.job.RunDueJobsService;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.RunDueJobs.JobsRun;
import spanel.application.node.NodeGate;
import spanel.application.node.NodeJobs;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.notice.port.out.Notices;
import spanel.application.plan.PlanJobs;
import spanel.application.user.UserJobs;
import spanel.domain.job.Schedule;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

/**
 * The job runner and the jobs on the real databases, with a clock the test moves: each boundary
 * runs once however many runners race for it, missed days run one by one, resets fall on the
 * right dates across month ends and DST changes, and a reset racing traffic reports loses no byte
 * and counts none twice. Tests share the schema, so each uses its own job names and its own years.
 */
class JobsOnDatabaseTest extends PersistenceContractTest {

    private static final String KEY = "shared-key-for-the-job-tests";

    private RunDueJobsService runner(MovableClock clock, ScheduledJob... jobs) {
        return new RunDueJobsService(List.of(jobs), new JooqJobLedger(dsl()), transactions(), new CountingMeters(),
                clock);
    }

    /** Runs what is due and fails the test on any failed run (the runner reports failures, it does not throw them). */
    private static JobsRun ran(RunDueJobsService runner) {
        JobsRun run = runner.runDue();
        assertThat(run.failed()).as("failed runs").isEmpty();
        return run;
    }

    /** The job with a name of this test's own, so tests sharing the schema keep their own claims. */
    private static ScheduledJob named(ScheduledJob job) {
        return new ScheduledJob(job.name() + "-" + UUID.randomUUID().toString().substring(0, 8), job.schedule(),
                job.runsEveryMissedBoundary(), job.work());
    }

    private ScheduledJob resetJob(ZoneId zone) {
        return named(PlanJobs.trafficReset(new JooqPlanLifecycle(dsl()), zone));
    }

    /** A user with traffic used, whose plan (bought at {@code since}) resets on {@code day} until {@code classUntil}. */
    private long userResettingOn(int day, String since, String classUntil) {
        UsersRecord user = Seed.user(dsl());
        user.setU(1_000L);
        user.setD(2_000L);
        user.setResetDay(day);
        user.setResetSince(Times.utc(Instant.parse(since)));
        user.setClassExpire(Times.utc(Instant.parse(classUntil)));
        return Seed.insert(user);
    }

    private List<Instant> resetsOf(long user) {
        return dsl().select(TRAFFIC_RESETS.BOUNDARY).from(TRAFFIC_RESETS).where(TRAFFIC_RESETS.USER_ID.eq(user))
                .orderBy(TRAFFIC_RESETS.BOUNDARY).fetch(r -> r.value1().toInstant());
    }

    @Test
    void fourRunnersRacingForTheSameBoundaryRunItExactlyOnce() throws Exception {
        MovableClock clock = MovableClock.at("2031-05-05T00:00:30Z");
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob job = named(ScheduledJob.daily("race", ZoneOffset.UTC, run -> {
            runs.incrementAndGet();
            return "ran";
        }));
        List<Callable<JobsRun>> runners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RunDueJobsService runner = runner(clock, job);
            runners.add(runner::runDue);
        }

        List<JobsRun> outcomes = Race.of(runners);

        assertThat(runs).hasValue(1);
        assertThat(outcomes).flatMap(JobsRun::ran).hasSize(1);
        assertThat(outcomes).flatMap(JobsRun::failed).isEmpty();
        assertThat(dsl().fetchCount(JOB_RUNS, JOB_RUNS.JOB.eq(job.name()))).isEqualTo(1);
        assertThat(dsl().fetchValue(JOB_STATE.LAST_BOUNDARY, JOB_STATE.NAME.eq(job.name())).toInstant())
                .isEqualTo(Instant.parse("2031-05-05T00:00:00Z"));
    }

    @Test
    void afterThreeDaysDownEachMissedDayResetsItsUsersOnceInOrder() {
        long on11 = userResettingOn(11, "2032-01-01T00:00:00Z", "2032-12-31T00:00:00Z");
        long on12 = userResettingOn(12, "2032-01-01T00:00:00Z", "2032-12-31T00:00:00Z");
        long on13 = userResettingOn(13, "2032-01-01T00:00:00Z", "2032-12-31T00:00:00Z");
        MovableClock clock = MovableClock.at("2032-01-10T12:00:00Z");
        ScheduledJob job = resetJob(ZoneOffset.UTC);
        RunDueJobsService runner = runner(clock, job);
        ran(runner);

        clock.advance(Duration.ofDays(3));
        JobsRun run = ran(runner);
        ran(runner);

        assertThat(run.ran()).extracting(r -> r.boundary().toString())
                .containsExactly("2032-01-11T00:00:00Z", "2032-01-12T00:00:00Z", "2032-01-13T00:00:00Z");
        assertThat(resetsOf(on11)).containsExactly(Instant.parse("2032-01-11T00:00:00Z"));
        assertThat(resetsOf(on12)).containsExactly(Instant.parse("2032-01-12T00:00:00Z"));
        assertThat(resetsOf(on13)).containsExactly(Instant.parse("2032-01-13T00:00:00Z"));
        for (long user : List.of(on11, on12, on13)) {
            assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user)) + dsl().fetchValue(USERS.D, USERS.ID.eq(user))).isZero();
            assertThat(dsl().fetchValue(TRAFFIC_RESETS.U, TRAFFIC_RESETS.USER_ID.eq(user))).isEqualTo(1_000);
        }
        assertThat(dsl().fetchCount(JOB_RUNS, JOB_RUNS.JOB.eq(job.name()))).isEqualTo(4);
    }

    @Test
    void monthEndsInACommonAndALeapYear() {
        // Bought on January 31 (after midnight), on February 28, on February 29 of the leap year, and a first-of-month plan.
        long jan31of2033 = userResettingOn(31, "2033-01-31T10:00:00Z", "2033-04-30T00:00:00Z");
        long feb28of2033 = userResettingOn(28, "2033-02-28T10:00:00Z", "2033-04-30T00:00:00Z");
        long jan31of2036 = userResettingOn(31, "2036-01-31T10:00:00Z", "2036-04-30T00:00:00Z");
        long feb29of2036 = userResettingOn(29, "2036-02-29T10:00:00Z", "2036-04-30T00:00:00Z");
        long firstOf2036 = userResettingOn(1, "2036-01-31T10:00:00Z", "2036-04-30T00:00:00Z");
        MovableClock clock = MovableClock.at("2033-01-31T12:00:00Z");
        RunDueJobsService common = runner(clock, resetJob(ZoneOffset.UTC));
        ran(common);
        clock.set(Instant.parse("2033-04-30T12:00:00Z"));
        ran(common);
        clock.set(Instant.parse("2036-01-31T12:00:00Z"));
        RunDueJobsService leap = runner(clock, resetJob(ZoneOffset.UTC));
        ran(leap);
        clock.set(Instant.parse("2036-04-30T12:00:00Z"));
        ran(leap);

        assertThat(resetsOf(jan31of2033)).containsExactly(Instant.parse("2033-02-28T00:00:00Z"),
                Instant.parse("2033-03-31T00:00:00Z"));
        assertThat(resetsOf(feb28of2033)).containsExactly(Instant.parse("2033-03-28T00:00:00Z"),
                Instant.parse("2033-04-28T00:00:00Z"));
        assertThat(resetsOf(jan31of2036)).containsExactly(Instant.parse("2036-02-29T00:00:00Z"),
                Instant.parse("2036-03-31T00:00:00Z"));
        assertThat(resetsOf(feb29of2036)).containsExactly(Instant.parse("2036-03-29T00:00:00Z"),
                Instant.parse("2036-04-29T00:00:00Z"));
        assertThat(resetsOf(firstOf2036)).containsExactly(Instant.parse("2036-02-01T00:00:00Z"),
                Instant.parse("2036-03-01T00:00:00Z"), Instant.parse("2036-04-01T00:00:00Z"));
    }

    @Test
    void aDayAlreadyResetIsNotResetAgainWhenTheTimezoneChangesFromShanghaiToUtc() {
        long user = userResettingOn(1, "2042-05-10T00:00:00Z", "2042-12-31T00:00:00Z");
        String name = "traffic-reset-" + UUID.randomUUID().toString().substring(0, 8);
        MovableClock clock = MovableClock.at("2042-05-31T10:00:00Z");
        RunDueJobsService inShanghai = runner(clock, new ScheduledJob(name, Schedule.daily(ZoneId.of("Asia/Shanghai")), true,
                resetJob(ZoneId.of("Asia/Shanghai")).work()));
        ran(inShanghai);
        clock.set(Instant.parse("2042-05-31T17:00:00Z"));   // 01:00 on June 1 in Shanghai
        ran(inShanghai);
        assertThat(resetsOf(user)).containsExactly(Instant.parse("2042-05-31T16:00:00Z"));
        dsl().update(USERS).set(USERS.U, 7L).set(USERS.D, 9L).where(USERS.ID.eq(user)).execute();

        // The operator sets TIMEZONE=UTC: June 1 starts again, eight hours later, at 00:00 UTC.
        clock.set(Instant.parse("2042-06-01T01:00:00Z"));
        RunDueJobsService inUtc = runner(clock, new ScheduledJob(name, Schedule.daily(ZoneOffset.UTC), true,
                resetJob(ZoneOffset.UTC).work()));
        JobsRun run = ran(inUtc);

        assertThat(run.ran()).as("the job runs June 1 in UTC").isNotEmpty();
        assertThat(resetsOf(user)).as("June 1 was reset already").containsExactly(Instant.parse("2042-05-31T16:00:00Z"));
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(user))).isEqualTo(7L);
        assertThat(dsl().fetchValue(USERS.D, USERS.ID.eq(user))).isEqualTo(9L);
    }

    @Test
    void resetsFallAtLocalMidnightAcrossDstChangesInBerlinAndNewYork() {
        // Europe/Berlin: summer time starts on 2037-03-29; America/New_York: it ends on 2037-11-01.
        long berlin = userResettingOn(29, "2037-02-10T00:00:00Z", "2037-05-01T00:00:00Z");
        long newYork = userResettingOn(1, "2037-10-10T00:00:00Z", "2037-12-31T00:00:00Z");
        MovableClock clock = MovableClock.at("2037-02-10T12:00:00Z");
        RunDueJobsService inBerlin = runner(clock, resetJob(ZoneId.of("Europe/Berlin")));
        ran(inBerlin);
        clock.set(Instant.parse("2037-03-28T22:59:59Z"));
        ran(inBerlin);
        assertThat(resetsOf(berlin)).as("February has no 29th: its last day, from 23:00 UTC the day before; "
                + "22:59:59 UTC on March 28 is still March 28 in Berlin").containsExactly(Instant.parse("2037-02-27T23:00:00Z"));
        clock.set(Instant.parse("2037-04-30T12:00:00Z"));
        ran(inBerlin);

        clock.set(Instant.parse("2037-10-10T12:00:00Z"));
        RunDueJobsService inNewYork = runner(clock, resetJob(ZoneId.of("America/New_York")));
        ran(inNewYork);
        clock.set(Instant.parse("2037-12-01T12:00:00Z"));
        ran(inNewYork);

        // Berlin: the clamped February reset at 00:00 CET, March 29 (the 23-hour day) at 00:00 CET, April 29 at 00:00 CEST.
        assertThat(resetsOf(berlin)).containsExactly(Instant.parse("2037-02-27T23:00:00Z"),
                Instant.parse("2037-03-28T23:00:00Z"), Instant.parse("2037-04-28T22:00:00Z"));
        // New York: November 1 (the 25-hour day) at 00:00 EDT, December 1 at 00:00 EST.
        assertThat(resetsOf(newYork)).containsExactly(Instant.parse("2037-11-01T04:00:00Z"),
                Instant.parse("2037-12-01T05:00:00Z"));
    }

    @Test
    void aResetRacingTrafficReportsPutsEveryByteInExactlyOnePeriod() throws Exception {
        long node = Seed.insert(Seed.node(dsl(), "1.0"));
        long first = userResettingOn(15, "2038-01-01T00:00:00Z", "2039-01-01T00:00:00Z");
        long second = userResettingOn(15, "2038-01-01T00:00:00Z", "2039-01-01T00:00:00Z");
        long before = 1_000L;
        MovableClock clock = MovableClock.at("2038-01-01T12:00:00Z");
        RunDueJobsService runner = runner(clock, resetJob(ZoneOffset.UTC));
        ran(runner);
        ReportTrafficService reports = new ReportTrafficService(new NodeGate(new JooqNodeRegistry(dsl()), KEY),
                new JooqTrafficLedger(dsl()), transactions(), new CountingMeters(), clock);
        int reporters = 6;
        int perReporter = 40;
        List<Callable<Object>> work = new ArrayList<>();
        for (int r = 0; r < reporters; r++) {
            int reporter = r;
            work.add(() -> {
                for (int i = 0; i < perReporter; i++) {
                    var entries = reporter % 2 == 0
                            ? List.of(new TrafficReport.Entry(UserId.of(first), 3, 5))
                            : List.of(new TrafficReport.Entry(UserId.of(first), 3, 5), new TrafficReport.Entry(UserId.of(second), 3, 5));
                    reports.report(new ReportTraffic.Command(new TrafficReport(NodeId.of(node), Optional.empty(), entries), KEY));
                }
                return null;
            });
        }
        // A year of daily boundaries, twelve of them resets of both users, run while the nodes report.
        work.add(() -> {
            clock.set(Instant.parse("2038-12-31T12:00:00Z"));
            return ran(runner);
        });

        Race.of(work);

        long reportedFirst = before + (long) reporters * perReporter * 3;
        long reportedSecond = before + (long) (reporters / 2) * perReporter * 3;
        assertThat(resetsOf(first)).hasSize(12);
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(first)) + sumOfResets(first)).isEqualTo(reportedFirst);
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(second)) + sumOfResets(second)).isEqualTo(reportedSecond);
        assertThat(dsl().fetchValue(USERS.D, USERS.ID.eq(first)) + dsl().select(org.jooq.impl.DSL.sum(TRAFFIC_RESETS.D))
                .from(TRAFFIC_RESETS).where(TRAFFIC_RESETS.USER_ID.eq(first)).fetchOne(0, Long.class))
                .isEqualTo(2_000L + (long) reporters * perReporter * 5);
    }

    private long sumOfResets(long user) {
        return dsl().select(org.jooq.impl.DSL.sum(TRAFFIC_RESETS.U)).from(TRAFFIC_RESETS)
                .where(TRAFFIC_RESETS.USER_ID.eq(user)).fetchOne(0, Long.class);
    }

    @Test
    void anExpiredClassFallsToTheDefaultAndStopsResettingAndAnExpiredAccountIsKept() {
        UsersRecord classGone = Seed.user(dsl());
        classGone.setClass_(3);
        classGone.setClassExpire(Times.utc(Instant.parse("2026-05-01T00:00:00Z")));
        classGone.setResetDay(5);
        classGone.setResetSince(Times.utc(Instant.parse("2026-01-05T00:00:00Z")));
        classGone.setU(700L);
        long gone = Seed.insert(classGone);
        UsersRecord accountGone = Seed.user(dsl());
        accountGone.setExpireIn(Times.utc(Instant.parse("2026-05-31T23:59:30Z")));
        accountGone.setU(900L);
        long expired = Seed.insert(accountGone);
        long running = Seed.activeUser(dsl());
        MovableClock clock = MovableClock.at("2026-06-01T00:00:10Z");
        ScheduledJob expiry = named(PlanJobs.expiry(new JooqPlanLifecycle(dsl()), 0));

        JobsRun run = ran(runner(clock, expiry));

        assertThat(run.ran()).singleElement().satisfies(r -> assertThat(r.outcome()).contains("1 account(s) expired"));
        var row = dsl().fetchOne(USERS, USERS.ID.eq(gone));
        assertThat(row.getClass_()).isZero();
        assertThat(row.getResetDay()).isNull();
        assertThat(row.getU()).as("the traffic used stays").isEqualTo(700);
        var kept = dsl().fetchOne(USERS, USERS.ID.eq(expired));
        assertThat(kept).as("an expired account is not deleted").isNotNull();
        assertThat(kept.getU()).isEqualTo(900);
        assertThat(kept.getClass_()).isEqualTo(1);
        assertThat(dsl().fetchValue(USERS.CLASS, USERS.ID.eq(running))).isEqualTo(1);
    }

    @Test
    void aSilentNodeIsMarkedDownOnceAndUpWhenHeardAgain() {
        Instant now = Instant.parse("2026-06-02T10:00:00Z");
        var silent = Seed.node(dsl(), "1.0");
        silent.setNodeHeartbeat(Times.utc(now.minusSeconds(301)));
        long silentId = Seed.insert(silent);
        var alive = Seed.node(dsl(), "1.0");
        alive.setNodeHeartbeat(Times.utc(now.minusSeconds(299)));
        long aliveId = Seed.insert(alive);
        var never = Seed.node(dsl(), "1.0");
        never.setCreatedAt(Times.utc(now.minusSeconds(3_600)));
        long neverId = Seed.insert(never);
        var disabled = Seed.node(dsl(), "1.0");
        disabled.setEnabled(false);
        disabled.setNodeHeartbeat(Times.utc(now.minusSeconds(3_600)));
        long disabledId = Seed.insert(disabled);
        MovableClock clock = new MovableClock(now);
        RunDueJobsService runner = runner(clock, named(NodeJobs.silence(new JooqNodeSilence(dsl()), Duration.ofSeconds(300), Notices.none())));

        ran(runner);
        assertThat(dsl().fetchValue(NODES.DOWN_SINCE, NODES.ID.eq(aliveId))).as("299 s is not yet silent").isNull();
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(dsl().fetchValue(NODES.DOWN_COUNT, NODES.ID.eq(silentId))).as("counted once").isEqualTo(1);
        assertThat(dsl().fetchValue(NODES.DOWN_SINCE, NODES.ID.eq(silentId)).toInstant()).isEqualTo(now);
        assertThat(dsl().fetchValue(NODES.DOWN_COUNT, NODES.ID.eq(neverId))).isEqualTo(1);
        assertThat(dsl().fetchValue(NODES.DOWN_COUNT, NODES.ID.eq(aliveId))).as("but 359 s is").isEqualTo(1);
        assertThat(dsl().fetchValue(NODES.DOWN_SINCE, NODES.ID.eq(disabledId))).isNull();

        new JooqNodeRegistry(dsl()).touchHeartbeat(NodeId.of(silentId), clock.instant().plusSeconds(30));
        clock.advance(Duration.ofMinutes(1));
        ran(runner);

        assertThat(dsl().fetchValue(NODES.DOWN_SINCE, NODES.ID.eq(silentId))).isNull();
        assertThat(dsl().fetchValue(NODES.DOWN_COUNT, NODES.ID.eq(silentId))).isEqualTo(1);
    }

    @Test
    void theTrafficLogIsRolledUpIntoLocalDaysAfterAWeekAndPrunedAfterItsDays() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1.0"));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Hours of 2040-03-10 in Berlin: 23:00 UTC on the 9th is its first hour, 22:00 UTC on the 10th its last.
        hourly(user, node, "2040-03-09T22:00:00Z", 1);   // still March 9 in Berlin
        hourly(user, node, "2040-03-09T23:00:00Z", 10);
        hourly(user, node, "2040-03-10T22:00:00Z", 100);
        hourly(user, node, "2040-03-10T23:00:00Z", 1_000); // March 11 in Berlin
        hourly(user, node, "2040-03-14T12:00:00Z", 5);    // within the week: stays hourly
        MovableClock clock = MovableClock.at("2040-03-18T12:00:00Z");
        RunDueJobsService runner = runner(clock, named(NodeJobs.trafficLog(new JooqTrafficLog(dsl()), berlin, 12)));

        ran(runner);

        assertThat(daily(user, "2040-03-09")).isEqualTo(1);
        assertThat(daily(user, "2040-03-10")).isEqualTo(110);
        assertThat(dsl().fetchCount(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID.eq(user))).as("March 11 and 14 are within the week")
                .isEqualTo(2);

        clock.set(Instant.parse("2040-03-22T12:00:00Z"));
        ran(runner);

        assertThat(dsl().fetchCount(TRAFFIC_DAILY, TRAFFIC_DAILY.USER_ID.eq(user).and(TRAFFIC_DAILY.LOG_DAY.lt(LocalDate.parse("2040-03-10")))))
                .as("older than 12 days on March 22").isZero();
        assertThat(daily(user, "2040-03-10")).isEqualTo(110);
        assertThat(daily(user, "2040-03-11")).isEqualTo(1_000);
        assertThat(daily(user, "2040-03-14")).as("rolled up once it is a week old").isEqualTo(5);
        assertThat(dsl().fetchCount(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID.eq(user))).isZero();
    }

    private void hourly(long user, long node, String hour, long bytes) {
        dsl().insertInto(TRAFFIC_HOURLY)
                .set(TRAFFIC_HOURLY.USER_ID, user).set(TRAFFIC_HOURLY.NODE_ID, node)
                .set(TRAFFIC_HOURLY.HOUR_START, Times.utc(Instant.parse(hour)))
                .set(TRAFFIC_HOURLY.U, bytes).set(TRAFFIC_HOURLY.D, 2 * bytes).set(TRAFFIC_HOURLY.BILLED, 3 * bytes)
                .execute();
    }

    private long daily(long user, String day) {
        var row = dsl().fetchOne(TRAFFIC_DAILY, TRAFFIC_DAILY.USER_ID.eq(user).and(TRAFFIC_DAILY.LOG_DAY.eq(LocalDate.parse(day))));
        assertThat(row).as("a daily row for " + day).isNotNull();
        assertThat(row.getD()).isEqualTo(2 * row.getU());
        assertThat(row.getBilled()).isEqualTo(3 * row.getU());
        return row.getU();
    }

    @Test
    void expiredTokensAreRemovedAndWorkingOnesKept() {
        long user = Seed.activeUser(dsl());
        token(user, "2041-01-01T09:59:59Z");
        token(user, "2041-01-01T11:00:00Z");
        resetLink(user, "2041-01-01T09:59:59Z");
        resetLink(user, "2041-01-01T10:45:00Z");
        MovableClock clock = MovableClock.at("2041-01-01T10:30:00Z");

        ran(runner(clock, named(UserJobs.expiredTokens(new JooqExpiredTokens(dsl())))));

        assertThat(dsl().select(ACCESS_TOKENS.EXPIRES_AT).from(ACCESS_TOKENS).where(ACCESS_TOKENS.USER_ID.eq(user))
                .fetch(r -> r.value1().toInstant())).containsExactly(Instant.parse("2041-01-01T11:00:00Z"));
        assertThat(dsl().select(PASSWORD_RESETS.EXPIRES_AT).from(PASSWORD_RESETS).where(PASSWORD_RESETS.USER_ID.eq(user))
                .fetch(r -> r.value1().toInstant())).containsExactly(Instant.parse("2041-01-01T10:45:00Z"));
    }

    private void resetLink(long user, String expiresAt) {
        dsl().insertInto(PASSWORD_RESETS)
                .set(PASSWORD_RESETS.USER_ID, user)
                .set(PASSWORD_RESETS.TOKEN_HASH, UUID.randomUUID().toString().replace("-", ""))
                .set(PASSWORD_RESETS.CREATED_AT, Times.utc(Instant.parse(expiresAt).minusSeconds(1800)))
                .set(PASSWORD_RESETS.EXPIRES_AT, Times.utc(Instant.parse(expiresAt)))
                .execute();
    }

    private void token(long user, String expiresAt) {
        dsl().insertInto(ACCESS_TOKENS)
                .set(ACCESS_TOKENS.USER_ID, user)
                .set(ACCESS_TOKENS.TOKEN_HASH, UUID.randomUUID().toString().replace("-", ""))
                .set(ACCESS_TOKENS.EXPIRES_AT, Times.utc(Instant.parse(expiresAt)))
                .execute();
    }
}
