package spanel.application.node.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport.UserTraffic;

/** Where reported traffic is counted: user counters, the node counter, the hourly log. */
public interface TrafficLedger {

    /**
     * Adds each user's billed bytes to their counters (atomically, in user-id order), their raw
     * bytes to the hourly log and to the node's counter, and sets their last-use time. Users that
     * do not exist are skipped. Returns how many users were updated, their raw and their billed total.
     */
    Added add(NodeId node, List<UserTraffic> perUser, Instant at);

    /**
     * Claims a report id for the node: true for the first claim; false when the id was already
     * applied (a concurrent claim waits until the first one commits or rolls back).
     */
    boolean claim(NodeId node, String reportId, Instant at);

    /** Stores the answer of a claimed report. */
    void answer(NodeId node, String reportId, AppliedReport answer);

    /** The answer of an applied report. */
    Optional<AppliedReport> answerOf(NodeId node, String reportId);

    record Added(int updatedCount, long rawTotal, long billedTotal) {
    }
}
