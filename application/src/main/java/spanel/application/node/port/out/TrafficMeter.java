package spanel.application.node.port.out;

/**
 * What became of each traffic report, for the operator's graphs. Told after the report's
 * transaction ends, so a report taken back is never counted as applied.
 */
public interface TrafficMeter {

    /** A report applied now: bytes as the nodes measured them, and as billed at each node's rate. */
    void applied(long rawBytes, long billedBytes);

    /** A report whose report_id was applied before: answered as the first time, nothing counted. */
    void repeated();

    /** A report turned away for its node or key (a wrong key, an unknown or a disabled node). */
    void refused();
}
