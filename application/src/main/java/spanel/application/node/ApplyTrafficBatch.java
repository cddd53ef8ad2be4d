package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.GroupCommit.Outcome;
import spanel.application.node.port.in.ReportTraffic.Command;
import spanel.application.node.port.out.TrafficLedger;
import spanel.application.node.port.out.TrafficMeter;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

/**
 * Applies a batch of traffic reports in one transaction: the nodes read once, the report ids
 * claimed in one order, every user's traffic added in one step. A report refused for its node
 * fails alone; a report id sent twice in one batch, or applied before, is counted once and every
 * delivery gets the first answer. Anything else that fails rolls the whole batch back.
 */
public final class ApplyTrafficBatch implements GroupCommit.Batch<Command, AppliedReport> {

    private final NodeGate gate;
    private final TrafficLedger ledger;
    private final TransactionRunner transactions;
    private final TrafficMeter meter;
    private final Clock clock;

    public ApplyTrafficBatch(NodeGate gate, TrafficLedger ledger, TransactionRunner transactions, TrafficMeter meter,
            Clock clock) {
        this.gate = gate;
        this.ledger = ledger;
        this.transactions = transactions;
        this.meter = meter;
        this.clock = clock;
    }

    @Override
    public List<Outcome<AppliedReport>> apply(List<Command> commands) {
        Instant now = clock.instant();
        // Told to the meter only once the batch has committed: a batch rolled back counted nothing.
        List<Runnable> metered = new ArrayList<>();
        List<Outcome<AppliedReport>> applied = transactions.inTransaction(() -> {
            metered.clear();
            List<Outcome<AppliedReport>> outcomes = new ArrayList<>(Collections.nCopies(commands.size(), null));
            Set<NodeId> named = new HashSet<>();
            commands.forEach(c -> named.add(c.report().node()));
            Map<NodeId, Node> nodes = gate.nodes(named);
            Node[] admitted = new Node[commands.size()];
            Map<Claim, Integer> firstDelivery = new HashMap<>();
            Map<Integer, Integer> repeats = new HashMap<>();
            List<Integer> toApply = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                Command command = commands.get(i);
                try {
                    admitted[i] = gate.admit(command.report().node(), command.key(), nodes);
                } catch (RuntimeException refused) {
                    outcomes.set(i, Outcome.failed(refused));
                    metered.add(meter::refused);
                    continue;
                }
                Optional<String> reportId = command.report().reportId();
                if (reportId.isPresent()) {
                    Integer first = firstDelivery.putIfAbsent(new Claim(admitted[i].id(), reportId.get()), i);
                    if (first != null) {
                        repeats.put(i, first);
                        metered.add(meter::repeated);
                        continue;
                    }
                }
                toApply.add(i);
            }
            int claimed = toApply.size();
            claimInOneOrder(firstDelivery, now, outcomes, toApply);
            for (int r = toApply.size(); r < claimed; r++) {
                metered.add(meter::repeated);
            }
            List<TrafficLedger.Share> shares = toApply.stream()
                    .map(i -> new TrafficLedger.Share(admitted[i].id(), commands.get(i).report().perUser(admitted[i].rate())))
                    .toList();
            List<TrafficLedger.Added> added = ledger.addAll(shares, now);
            for (int k = 0; k < toApply.size(); k++) {
                int i = toApply.get(k);
                TrafficLedger.Added share = added.get(k);
                AppliedReport answer = new AppliedReport(admitted[i].id(), share.updatedCount(), share.rawTotal());
                metered.add(() -> meter.applied(share.rawTotal(), share.billedTotal()));
                commands.get(i).report().reportId().ifPresent(id -> ledger.answer(answer.node(), id, answer));
                outcomes.set(i, Outcome.of(answer));
            }
            repeats.forEach((repeat, first) -> outcomes.set(repeat, outcomes.get(first)));
            return outcomes;
        });
        metered.forEach(Runnable::run);
        return applied;
    }

    /**
     * Claims the batch's report ids sorted by node and id, so two batches claiming the same ids wait
     * for each other in the same order. An id already applied is answered as it was the first time.
     */
    private void claimInOneOrder(Map<Claim, Integer> firstDelivery, Instant now, List<Outcome<AppliedReport>> outcomes,
            List<Integer> toApply) {
        List<Claim> claims = new ArrayList<>(firstDelivery.keySet());
        claims.sort(Comparator.comparingLong((Claim c) -> c.node().value()).thenComparing(Claim::reportId));
        for (Claim claim : claims) {
            if (!ledger.claim(claim.node(), claim.reportId(), now)) {
                int i = firstDelivery.get(claim);
                AppliedReport earlier = ledger.answerOf(claim.node(), claim.reportId())
                        .orElseThrow(() -> new IllegalStateException("claimed report has no answer"));
                outcomes.set(i, Outcome.of(earlier));
                toApply.remove(Integer.valueOf(i));
            }
        }
    }

    private record Claim(NodeId node, String reportId) {
    }
}
