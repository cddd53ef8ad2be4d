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
     * Adds each share's billed bytes to its users' counters, their raw bytes to the hourly log and
     * to the share's node counter, and sets their last-use time, for every share at once. Users that
     * do not exist are skipped. Rows are locked users first, then nodes, each in id order, so batches
     * applied at the same time cannot deadlock. Returns, per share in order, how many of its users
     * were updated, their raw and their billed total.
     */
    List<Added> addAll(List<Share> shares, Instant at);

    /** As {@link #addAll} for one node's report. */
    default Added add(NodeId node, List<UserTraffic> perUser, Instant at) {
        return addAll(List.of(new Share(node, perUser)), at).getFirst();
    }

    /**
     * Claims a report id for the node: true for the first claim; false when the id was already
     * applied (a concurrent claim waits until the first one commits or rolls back).
     */
    boolean claim(NodeId node, String reportId, Instant at);

    /** Stores the answer of a claimed report. */
    void answer(NodeId node, String reportId, AppliedReport answer);

    /** The answer of an applied report. */
    Optional<AppliedReport> answerOf(NodeId node, String reportId);

    /** One report's part of a batch: its node, and its users' traffic billed at that node's rate. */
    record Share(NodeId node, List<UserTraffic> perUser) {
    }

    record Added(int updatedCount, long rawTotal, long billedTotal) {
    }
}
