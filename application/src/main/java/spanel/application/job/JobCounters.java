package spanel.application.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import spanel.application.job.port.in.CountJobRuns;

/** Runs and failures per job in this process, for the metrics; every job is listed from the start, at 0. */
public final class JobCounters implements CountJobRuns {

    private final List<String> jobs;
    private final Map<String, LongAdder> runs = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    public JobCounters(List<ScheduledJob> jobs) {
        this.jobs = jobs.stream().map(ScheduledJob::name).toList();
    }

    void ran(String job) {
        runs.computeIfAbsent(job, j -> new LongAdder()).increment();
    }

    void failed(String job) {
        failures.computeIfAbsent(job, j -> new LongAdder()).increment();
    }

    @Override
    public List<JobCount> counts() {
        return jobs.stream().map(job -> new JobCount(job, sum(runs, job), sum(failures, job))).toList();
    }

    private static long sum(Map<String, LongAdder> counts, String job) {
        LongAdder count = counts.get(job);
        return count == null ? 0 : count.sum();
    }
}
