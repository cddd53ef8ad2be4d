package spanel.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import spanel.application.common.CountingMeters;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.job.port.in.ListJobs.JobStatus;
import spanel.application.job.port.in.RunDueJobs.JobsRun;
import spanel.application.job.port.in.RunDueJobs;
import spanel.application.job.port.out.JobLedger;
import spanel.domain.common.MovableClock;

/** The runner's rules, with a ledger in memory: each boundary once, in order; a failure stops only its job. */
class RunDueJobsServiceTest {

    private final MovableClock clock = MovableClock.at("2027-01-10T12:00:00Z");
    private final MemoryLedger ledger = new MemoryLedger();
    private final List<String> calls = new ArrayList<>();

    private ScheduledJob daily(String name, ZoneId zone) {
        return ScheduledJob.daily(name, zone, run -> {
            calls.add(name + "@" + run.boundary());
            return "ok";
        });
    }

    private ScheduledJob sweep(String name) {
        return ScheduledJob.sweep(name, Duration.ofMinutes(1), run -> {
            calls.add(name + "@" + run.boundary() + " since " + run.previous());
            return "ok";
        });
    }

    private RunDueJobsService runner(List<ScheduledJob> jobs, CountingMeters counters) {
        return new RunDueJobsService(jobs, ledger, ledger, counters, clock);
    }

    @Test
    void aNewJobRunsTheBoundaryNowDueOnceAndNothingBeforeIt() {
        List<ScheduledJob> jobs = List.of(daily("reset", ZoneOffset.UTC));
        RunDueJobsService runner = runner(jobs, new CountingMeters());

        runner.runDue();
        runner.runDue();

        assertThat(calls).containsExactly("reset@2027-01-10T00:00:00Z");
    }

    @Test
    void afterThreeDaysDownADailyJobRunsThreeTimesInOrderAndASweepOnce() {
        List<ScheduledJob> jobs = List.of(daily("reset", ZoneOffset.UTC), sweep("expiry"));
        CountingMeters counters = new CountingMeters();
        RunDueJobsService runner = runner(jobs, counters);
        runner.runDue();
        calls.clear();

        clock.advance(Duration.ofDays(3));
        JobsRun run = runner.runDue();

        assertThat(calls).containsExactly("reset@2027-01-11T00:00:00Z", "reset@2027-01-12T00:00:00Z",
                "reset@2027-01-13T00:00:00Z", "expiry@2027-01-13T12:00:00Z since 2027-01-10T12:00:00Z");
        assertThat(run.ran()).hasSize(4);
        assertThat(counters.count("runs reset")).isEqualTo(4);
        assertThat(counters.count("runs expiry")).isEqualTo(2);
        assertThat(counters.count("failures reset") + counters.count("failures expiry")).isZero();
        assertThat(ledger.runs).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void aFailingJobIsTakenBackReportedAndRetriedAndTheOthersStillRun() {
        int[] failuresLeft = {2};
        ScheduledJob flaky = ScheduledJob.daily("flaky", ZoneOffset.UTC, run -> {
            if (failuresLeft[0]-- > 0) {
                throw new IllegalStateException("the mail server is down");
            }
            calls.add("flaky@" + run.boundary());
            return "ok";
        });
        List<ScheduledJob> jobs = List.of(flaky, daily("reset", ZoneOffset.UTC));
        CountingMeters counters = new CountingMeters();
        RunDueJobsService runner = runner(jobs, counters);

        JobsRun first = runner.runDue();

        assertThat(first.failed()).singleElement().satisfies(f -> {
            assertThat(f.job()).isEqualTo("flaky");
            assertThat(f.error()).hasMessage("the mail server is down");
        });
        assertThat(calls).containsExactly("reset@2027-01-10T00:00:00Z");
        assertThat(ledger.last.get("flaky")).isEqualTo(Instant.parse("2027-01-09T00:00:00Z"));
        assertThat(ledger.failures.get("flaky")).isEqualTo(1);

        runner.runDue();
        JobsRun third = runner.runDue();

        assertThat(third.ran()).extracting(RunDueJobs.Ran::job).containsExactly("flaky");
        assertThat(calls).containsExactly("reset@2027-01-10T00:00:00Z", "flaky@2027-01-10T00:00:00Z");
        assertThat(counters.count("runs flaky")).isEqualTo(1);
        assertThat(counters.count("failures flaky")).isEqualTo(2);
    }

    @Test
    void aBoundaryAnotherInstanceClaimedIsNotRunAgain() {
        List<ScheduledJob> jobs = List.of(daily("reset", ZoneOffset.UTC));
        RunDueJobsService here = runner(jobs, new CountingMeters());
        RunDueJobsService there = runner(jobs, new CountingMeters());

        here.runDue();
        JobsRun second = there.runDue();

        assertThat(second.ran()).isEmpty();
        assertThat(calls).hasSize(1);
    }

    @Test
    void aClaimThatFindsNoProgressIsAFailureNotALoop() {
        List<ScheduledJob> jobs = List.of(daily("reset", ZoneOffset.UTC));
        JobLedger stuck = new MemoryLedger() {
            @Override
            public boolean claim(String job, Instant expected, Instant next) {
                return false;
            }
        };
        RunDueJobsService runner = new RunDueJobsService(jobs, stuck, new MemoryLedger(), new CountingMeters(), clock);

        JobsRun run = runner.runDue();

        assertThat(run.failed()).singleElement().satisfies(f -> assertThat(f.error()).hasMessageContaining("not after"));
        assertThat(calls).isEmpty();
    }

    @Test
    void theListShowsTheLastAndTheNextRun() {
        List<ScheduledJob> jobs = List.of(daily("reset", ZoneId.of("Europe/Berlin")), sweep("expiry"));
        ListJobsService list = new ListJobsService(jobs, ledger, clock);

        assertThat(list.list()).extracting(JobStatus::lastFinished).containsOnly(Optional.empty());
        runner(jobs, new CountingMeters()).runDue();

        assertThat(list.list()).first().satisfies(status -> {
            assertThat(status.schedule()).isEqualTo("daily 00:00 Europe/Berlin");
            assertThat(status.lastBoundary()).contains(Instant.parse("2027-01-09T23:00:00Z"));
            assertThat(status.nextRun()).isEqualTo(Instant.parse("2027-01-10T23:00:00Z"));
        });
    }

    /**
     * The ledger's rules in memory: a claim moves the last boundary only from the expected one, and
     * a transaction that throws takes its claims back.
     */
    @Test
    void aSweepOutsideTheClaimsTransactionRunsWithNoneOpenAndIsRecorded() {
        List<Integer> openDuringWork = new ArrayList<>();
        ScheduledJob asking = ScheduledJob.sweepOutsideTransaction("asking", Duration.ofMinutes(2), run -> {
            openDuringWork.add(ledger.open);
            return "ok";
        });

        runner(List.of(asking), new CountingMeters()).runDue();

        assertThat(openDuringWork).containsExactly(0);
        assertThat(ledger.runs).containsExactly("asking@2027-01-10T12:00:00Z");
    }

    @Test
    void aFailedSweepOutsideTheClaimsTransactionKeepsItsClaimAndRunsAgainOnlyAtTheNextBoundary() {
        List<Instant> attempts = new ArrayList<>();
        ScheduledJob asking = ScheduledJob.sweepOutsideTransaction("asking", Duration.ofMinutes(2), run -> {
            attempts.add(run.boundary());
            throw new IllegalStateException("the gateway went away");
        });
        CountingMeters counters = new CountingMeters();
        RunDueJobsService runner = runner(List.of(asking), counters);

        runner.runDue();
        runner.runDue();
        clock.advance(Duration.ofMinutes(2));
        runner.runDue();

        assertThat(attempts).containsExactly(Instant.parse("2027-01-10T12:00:00Z"), Instant.parse("2027-01-10T12:02:00Z"));
        assertThat(ledger.failures).containsEntry("asking", 2);
    }

    static class MemoryLedger implements JobLedger, TransactionRunner {

        int open;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            Map<String, Instant> before = new HashMap<>(last);
            open++;
            try {
                return work.get();
            } catch (RuntimeException e) {
                last.clear();
                last.putAll(before);
                throw e;
            } finally {
                open--;
            }
        }

        final Map<String, Instant> last = new HashMap<>();
        final Map<String, Integer> failures = new HashMap<>();
        final List<String> runs = new ArrayList<>();
        private final Map<String, Instant> finished = new HashMap<>();

        @Override
        public Instant lastBoundary(String job, Instant initial) {
            return last.computeIfAbsent(job, j -> initial);
        }

        @Override
        public boolean claim(String job, Instant expected, Instant next) {
            if (!last.get(job).equals(expected)) {
                return false;
            }
            last.put(job, next);
            return true;
        }

        @Override
        public void recordRun(String job, Instant boundary, Instant startedAt, Instant finishedAt, String outcome) {
            runs.add(job + "@" + boundary);
            finished.put(job, finishedAt);
        }

        @Override
        public void recordFailure(String job, Instant at, String error) {
            failures.merge(job, 1, Integer::sum);
        }

        @Override
        public int pruneRunsBefore(Instant before) {
            return 0;
        }

        @Override
        public List<JobRecord> records() {
            return last.entrySet().stream().map(e -> new JobRecord(e.getKey(), e.getValue(),
                    Optional.ofNullable(finished.get(e.getKey())), failures.getOrDefault(e.getKey(), 0),
                    Optional.empty(), Optional.empty())).toList();
        }
    }
}
