package spanel.domain.node;


/** The answer to an applied traffic report; a repeat of the same report gets this same answer. */
public record AppliedReport(NodeId node, int updatedCount, long totalTraffic) {
}
