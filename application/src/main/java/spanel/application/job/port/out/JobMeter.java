package spanel.application.job.port.out;

/** Scheduled job runs this instance made and the ones that failed here, for the operator's graphs. */
public interface JobMeter {

    void ran(String job);

    void failed(String job);
}
