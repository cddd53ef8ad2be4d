package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.out.TrafficLedger;
import spanel.application.node.port.out.TrafficMeter;
import spanel.domain.error.Refusal;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.Node;
import spanel.domain.node.TrafficReport;

/**
 * Applies a traffic report whole or not at all. With a report id, the first delivery claims it
 * inside the same transaction, so every repeat (concurrent or later) gets the first answer and
 * counts nothing. What became of the report is told to the meter once the transaction has ended.
 */
public final class ReportTrafficService implements ReportTraffic {

    private final NodeGate gate;
    private final TrafficLedger ledger;
    private final TransactionRunner transactions;
    private final TrafficMeter meter;
    private final Clock clock;

    public ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock) {
        this.gate = gate;
        this.ledger = ledger;
        this.transactions = transactions;
        this.meter = meter;
        this.clock = clock;
    }

    /** The key check reads the node on the transaction's own connection: one connection per report. */
    @Override
    public AppliedReport report(Command command) {
        TrafficReport report = command.report();
        Instant now = clock.instant();
        Optional<String> reportId = report.reportId();
        Outcome outcome;
        try {
            outcome = transactions.inTransaction(() -> {
                Node node = gate.admit(report.node(), command.key());
                List<TrafficReport.UserTraffic> perUser = report.perUser(node.rate());
                if (reportId.isPresent() && !ledger.claim(node.id(), reportId.get(), now)) {
                    AppliedReport first = ledger.answerOf(node.id(), reportId.get())
                            .orElseThrow(() -> new IllegalStateException("claimed report has no answer"));
                    return new Outcome(first, Optional.empty());
                }
                TrafficLedger.Added added = ledger.add(node.id(), perUser, now);
                AppliedReport answer = new AppliedReport(node.id(), added.updatedCount(), added.rawTotal());
                reportId.ifPresent(id -> ledger.answer(node.id(), id, answer));
                return new Outcome(answer, Optional.of(added));
            });
        } catch (Refusal refused) {
            meter.refused();
            throw refused;
        }
        outcome.added().ifPresentOrElse(added -> meter.applied(added.rawTotal(), added.billedTotal()), meter::repeated);
        return outcome.answer();
    }

    /** The answer, and what was added now: nothing for a repeat. */
    private record Outcome(AppliedReport answer, Optional<TrafficLedger.Added> added) {
    }
}
