package spanel.adapter.persistence.job;

import static spanel.adapter.persistence.generated.Tables.JOB_RUNS;
import static spanel.adapter.persistence.generated.Tables.JOB_STATE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.JobStateRecord;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.job.port.out.JobLedger;

/**
 * One {@code job_state} row per job holds the last boundary run; the claim is a guarded update of
 * it ({@code WHERE last_boundary = ?}), so the row lock serialises the instances and the second
 * one finds nothing to claim. {@code job_runs} keeps every run, unique per job and boundary.
 */
public final class JooqJobLedger implements JobLedger {

    private static final int MAX_ERROR_LENGTH = 1024;

    private final DSLContext dsl;

    public JooqJobLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Instant lastBoundary(String job, Instant initial) {
        Optional<Instant> last = read(job);
        if (last.isPresent()) {
            return last.get();
        }
        // Another instance may create the row meanwhile; then its boundary is the one read below.
        FirstInsert.wins(dsl, dsl.insertInto(JOB_STATE)
                .set(JOB_STATE.NAME, job)
                .set(JOB_STATE.LAST_BOUNDARY, Times.utc(initial)));
        return read(job).orElseThrow(() -> new IllegalStateException("job_state has no row for " + job));
    }

    private Optional<Instant> read(String job) {
        return dsl.select(JOB_STATE.LAST_BOUNDARY).from(JOB_STATE).where(JOB_STATE.NAME.eq(job))
                .fetchOptional(r -> Times.instant(r.value1()));
    }

    @Override
    public boolean claim(String job, Instant last, Instant next) {
        return dsl.update(JOB_STATE)
                .set(JOB_STATE.LAST_BOUNDARY, Times.utc(next))
                .where(JOB_STATE.NAME.eq(job))
                .and(JOB_STATE.LAST_BOUNDARY.eq(Times.utc(last)))
                .execute() == 1;
    }

    @Override
    public void recordRun(String job, Instant boundary, Instant startedAt, Instant finishedAt, String outcome) {
        dsl.insertInto(JOB_RUNS)
                .set(JOB_RUNS.JOB, job)
                .set(JOB_RUNS.BOUNDARY, Times.utc(boundary))
                .set(JOB_RUNS.STARTED_AT, Times.utc(startedAt))
                .set(JOB_RUNS.FINISHED_AT, Times.utc(finishedAt))
                .set(JOB_RUNS.OUTCOME, truncate(outcome, 255))
                .execute();
        dsl.update(JOB_STATE)
                .set(JOB_STATE.LAST_FINISHED, Times.utc(finishedAt))
                .where(JOB_STATE.NAME.eq(job))
                .execute();
    }

    @Override
    public void recordFailure(String job, Instant at, String error) {
        dsl.update(JOB_STATE)
                .set(JOB_STATE.FAILURES, JOB_STATE.FAILURES.plus(1))
                .set(JOB_STATE.LAST_ERROR, truncate(error, MAX_ERROR_LENGTH))
                .set(JOB_STATE.LAST_ERROR_AT, Times.utc(at))
                .where(JOB_STATE.NAME.eq(job))
                .execute();
    }

    @Override
    public int pruneRunsBefore(Instant before) {
        return dsl.deleteFrom(JOB_RUNS).where(JOB_RUNS.FINISHED_AT.lt(Times.utc(before))).execute();
    }

    @Override
    public List<JobRecord> records() {
        return dsl.selectFrom(JOB_STATE).orderBy(JOB_STATE.NAME).fetch(JooqJobLedger::toRecord);
    }

    private static JobRecord toRecord(JobStateRecord row) {
        return new JobRecord(row.getName(), Times.instant(row.getLastBoundary()),
                Optional.ofNullable(Times.instant(row.getLastFinished())), row.getFailures(),
                Optional.ofNullable(row.getLastError()), Optional.ofNullable(Times.instant(row.getLastErrorAt())));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
