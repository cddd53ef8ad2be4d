package spanel.application.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.job.port.in.RunDueJobs;
import spanel.application.job.port.out.JobLedger;
import spanel.application.job.port.out.JobMeter;
import spanel.domain.job.Schedule;

/**
 * The job runner every instance runs. For each job, each boundary from the one after its last run
 * up to the latest due one is claimed and run in one transaction (the claim is a guarded update of
 * the job's row, see {@link JobLedger#claim}), so a boundary runs exactly once whatever the number
 * of instances, and after downtime the missed boundaries run one by one, in order. A failure takes
 * its run back, is reported and counted, and stops only that job until the next call; the other
 * jobs run as usual.
 */
public final class RunDueJobsService implements RunDueJobs {

    private final List<ScheduledJob> jobs;
    private final JobLedger ledger;
    private final TransactionRunner transactions;
    private final JobMeter meter;
    private final Clock clock;

    public RunDueJobsService(List<ScheduledJob> jobs, JobLedger ledger, TransactionRunner transactions,
            JobMeter meter, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.ledger = Objects.requireNonNull(ledger);
        this.transactions = Objects.requireNonNull(transactions);
        this.meter = Objects.requireNonNull(meter);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public JobsRun runDue() {
        Instant now = clock.instant();
        List<Ran> ran = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (ScheduledJob job : jobs) {
            catchUp(job, now, ran, failed);
        }
        return new JobsRun(ran, failed);
    }

    private void catchUp(ScheduledJob job, Instant now, List<Ran> ran, List<Failed> failed) {
        Schedule schedule = job.schedule();
        Instant due = schedule.latestAtOrBefore(now);
        Instant last;
        try {
            last = ledger.lastBoundary(job.name(), initialBoundary(schedule, due));
        } catch (RuntimeException e) {
            failed(job, due, e, failed);
            return;
        }
        while (last.isBefore(due)) {
            Instant next = job.runsEveryMissedBoundary() ? schedule.after(last) : due;
            try {
                Optional<String> outcome = runOnce(job, last, next);
                if (outcome.isPresent()) {
                    meter.ran(job.name());
                    ran.add(new Ran(job.name(), next, outcome.get()));
                    last = next;
                } else {
                    // Another instance ran it first: go on from where that one got to.
                    Instant moved = ledger.lastBoundary(job.name(), last);
                    if (!moved.isAfter(last)) {
                        throw new IllegalStateException("the claim of " + job.name() + " for " + next
                                + " found the job at " + moved + ", not after " + last);
                    }
                    last = moved;
                }
            } catch (RuntimeException e) {
                failed(job, next, e, failed);
                return;
            }
        }
    }

    private Optional<String> runOnce(ScheduledJob job, Instant last, Instant next) {
        if (!job.inClaimTransaction()) {
            return runAfterClaim(job, last, next);
        }
        return transactions.inTransaction(() -> {
            if (!ledger.claim(job.name(), last, next)) {
                return Optional.empty();
            }
            Instant started = clock.instant();
            String outcome = job.run(new JobRun(last, next, started));
            ledger.recordRun(job.name(), next, started, clock.instant(), outcome);
            return Optional.of(outcome);
        });
    }

    /** Claims the boundary (committed), then runs the work outside it and records the run in a transaction of its own. */
    private Optional<String> runAfterClaim(ScheduledJob job, Instant last, Instant next) {
        if (!transactions.inTransaction(() -> ledger.claim(job.name(), last, next))) {
            return Optional.empty();
        }
        Instant started = clock.instant();
        String outcome = job.run(new JobRun(last, next, started));
        transactions.inTransaction(() -> {
            ledger.recordRun(job.name(), next, started, clock.instant(), outcome);
            return null;
        });
        return Optional.of(outcome);
    }

    private void failed(ScheduledJob job, Instant boundary, RuntimeException error, List<Failed> failed) {
        meter.failed(job.name());
        failed.add(new Failed(job.name(), boundary, error));
        try {
            ledger.recordFailure(job.name(), clock.instant(), String.valueOf(error));
        } catch (RuntimeException alsoDown) {
            error.addSuppressed(alsoDown);
        }
    }

    /** A job never run before starts with the boundary now due: the one before it counts as run. */
    static Instant initialBoundary(Schedule schedule, Instant due) {
        return schedule.latestAtOrBefore(due.minusSeconds(1));
    }
}
