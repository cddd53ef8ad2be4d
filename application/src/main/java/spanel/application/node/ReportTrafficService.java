package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.Node;
import spanel.domain.node.TrafficReport;

/**
 * Applies a traffic report whole or not at all. With a report id, the first delivery claims it
 * inside the same transaction, so every repeat (concurrent or later) gets the first answer and
 * counts nothing.
 */
public final class ReportTrafficService implements ReportTraffic {

    private final NodeGate gate;
    private final TrafficLedger ledger;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, Clock clock) {
        this.gate = gate;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The key check reads the node on the transaction's own connection: one connection per report. */
    @Override
    public AppliedReport report(Command command) {
        TrafficReport report = command.report();
        Instant now = clock.instant();
        Optional<String> reportId = report.reportId();
        return transactions.inTransaction(() -> {
            Node node = gate.admit(report.node(), command.key());
            List<TrafficReport.UserTraffic> perUser = report.perUser(node.rate());
            if (reportId.isPresent() && !ledger.claim(node.id(), reportId.get(), now)) {
                return ledger.answerOf(node.id(), reportId.get())
                        .orElseThrow(() -> new IllegalStateException("claimed report has no answer"));
            }
            TrafficLedger.Added added = ledger.add(node.id(), perUser, now);
            AppliedReport answer = new AppliedReport(node.id(), added.updatedCount(), added.rawTotal());
            reportId.ifPresent(id -> ledger.answer(node.id(), id, answer));
            return answer;
        });
    }
}
