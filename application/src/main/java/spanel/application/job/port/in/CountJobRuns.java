package spanel.application.job.port.in;

import java.util.List;

/** This process's runs and failures per job, since it started: {@code /metrics}. */
public interface CountJobRuns {

    List<JobCount> counts();

    record JobCount(String job, long runs, long failures) {
    }
}
