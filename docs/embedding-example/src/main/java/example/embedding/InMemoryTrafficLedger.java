package example.embedding;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport.UserTraffic;
import spanel.domain.user.UserId;

/**
 * Where charged traffic lands: billed bytes per user, for the users this service knows. A report
 * id is claimed once, and its first answer kept, so a repeated report counts nothing.
 */
public final class InMemoryTrafficLedger implements TrafficLedger {

    private final Set<UserId> users;
    private final Map<UserId, Long> billed = new HashMap<>();
    private final Set<String> claimed = new HashSet<>();
    private final Map<String, AppliedReport> answers = new HashMap<>();

    public InMemoryTrafficLedger(Set<UserId> users) {
        this.users = Set.copyOf(users);
    }

    /** Upload and download billed to the user so far, at each node's rate. */
    public long billedTo(UserId user) {
        return billed.getOrDefault(user, 0L);
    }

    @Override
    public List<Added> addAll(List<Share> shares, Instant at) {
        return shares.stream().map(share -> add(share.perUser())).toList();
    }

    private Added add(List<UserTraffic> perUser) {
        int updated = 0;
        long raw = 0;
        long billedTotal = 0;
        for (UserTraffic traffic : perUser) {
            if (users.contains(traffic.user())) {
                long charged = traffic.billedU() + traffic.billedD();
                billed.merge(traffic.user(), charged, Long::sum);
                updated++;
                raw += traffic.raw();
                billedTotal += charged;
            }
        }
        return new Added(updated, raw, billedTotal);
    }

    @Override
    public boolean claim(NodeId node, String reportId, Instant at) {
        return claimed.add(node + "/" + reportId);
    }

    @Override
    public void answer(NodeId node, String reportId, AppliedReport answer) {
        answers.put(node + "/" + reportId, answer);
    }

    @Override
    public Optional<AppliedReport> answerOf(NodeId node, String reportId) {
        return Optional.ofNullable(answers.get(node + "/" + reportId));
    }
}
