package spanel.application.node;

import java.time.Clock;
import java.util.function.Predicate;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.IngestSettings;
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

    private final GroupCommit<Command, AppliedReport> batches;

    /** One batch at a time, of up to a thousand users. */
    public ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock) {
        this(gate, ledger, transactions, meter, clock, 1, 1, 1_000, failure -> false);
    }

    /**
     * Batches of up to {@code ingest.batchUsers()} users, {@code ingest.batchesAtOnce()} applied at
     * the same time, each on a connection of its own, or as many as the pool has while full batches
     * wait (large reports, each a batch of its own, gain nothing by waiting for others);
     * {@code databaseDown}: a failure that the reports waiting behind a batch would meet too, so they
     * are answered with it at once (a 503 within the time one connection wait takes).
     */
    public ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock, IngestSettings ingest, Predicate<RuntimeException> databaseDown) {
        this(gate, ledger, transactions, meter, clock, ingest.batchesAtOnce(), ingest.poolSize(), ingest.batchUsers(),
                databaseDown);
    }

    private ReportTrafficService(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock, int batchesAtOnce, int fullBatchesAtOnce, int batchUsers, Predicate<RuntimeException> databaseDown) {
        this.batches = new GroupCommit<>(new ApplyTrafficBatch(gate, ledger, transactions, meter, clock), batchesAtOnce,
                fullBatchesAtOnce, batchUsers, command -> Math.max(1, command.report().entries().size()), databaseDown);
    }

    @Override
    public AppliedReport report(Command command) {
        return batches.submit(command);
    }
}
