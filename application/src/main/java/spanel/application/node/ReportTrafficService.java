package spanel.application.node;

import java.time.Clock;
import java.util.function.Predicate;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.out.TrafficLedger;
import spanel.application.node.port.out.TrafficMeter;
import spanel.domain.node.AppliedReport;

/**
 * Applies traffic reports, each whole or not at all. Reports that arrive while others are being
 * applied are applied together ({@link ApplyTrafficBatch}): one transaction and one commit for all
 * of them, each answered only once that commit is done. With a report id, the first delivery claims
 * it inside the same transaction, so every repeat (in the same batch, concurrent or later) gets the
 * first answer and counts nothing. What became of each report is told to the meter once its batch
 * has committed.
 */
public final class ReportTrafficService implements ReportTraffic {

    /** Users per batch: a batch of small reports is about as heavy as one 1,000-user report. */
    static final int BATCH_USERS = 1_000;

    private final GroupCommit<Command, AppliedReport> batches;

    public ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock) {
        this(gate, ledger, transactions, meter, clock, 1, 1, failure -> false);
    }

    /**
     * {@code batchesAtOnce}: how many batches may be applied at the same time, each on a connection
     * of its own; {@code fullBatchesAtOnce}: as many, or more while full batches wait (large reports,
     * each a batch of its own, gain nothing by waiting for others); {@code databaseDown}: a failure
     * that the reports waiting behind a batch would meet too, so they are answered with it at once (a
     * 503 within the time one connection wait takes).
     */
    public ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock, int batchesAtOnce, int fullBatchesAtOnce, Predicate<RuntimeException> databaseDown) {
        this.batches = new GroupCommit<>(new ApplyTrafficBatch(gate, ledger, transactions, meter, clock), batchesAtOnce,
                fullBatchesAtOnce, BATCH_USERS, command -> Math.max(1, command.report().entries().size()), databaseDown);
    }

    @Override
    public AppliedReport report(Command command) {
        return batches.submit(command);
    }
}
