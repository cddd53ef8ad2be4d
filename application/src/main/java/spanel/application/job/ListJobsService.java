package spanel.application.job;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import spanel.application.job.port.in.ListJobs;
import spanel.application.job.port.out.JobLedger;
import spanel.application.job.port.out.JobLedger.JobRecord;

/** Each job's schedule, its last run as recorded in the database, and the next boundary it will run. */
public final class ListJobsService implements ListJobs {

    private final List<ScheduledJob> jobs;
    private final JobLedger ledger;
    private final Clock clock;

    public ListJobsService(List<ScheduledJob> jobs, JobLedger ledger, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.ledger = Objects.requireNonNull(ledger);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<JobStatus> list() {
        Map<String, JobRecord> records = ledger.records().stream()
                .collect(Collectors.toMap(JobRecord::job, Function.identity()));
        return jobs.stream().map(job -> {
            JobRecord record = records.get(job.name());
            if (record == null) {
                return new JobStatus(job.name(), job.schedule().describe(), Optional.empty(), Optional.empty(),
                        job.schedule().latestAtOrBefore(clock.instant()), 0, Optional.empty());
            }
            return new JobStatus(job.name(), job.schedule().describe(), Optional.of(record.lastBoundary()),
                    record.lastFinished(), job.schedule().after(record.lastBoundary()), record.failures(),
                    record.lastError());
        }).toList();
    }
}
