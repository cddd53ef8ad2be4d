package spanel.application.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.node.port.out.DetectRules;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.application.node.port.out.OnlineHistory;
import spanel.application.node.port.out.TrafficLedger;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;
import spanel.domain.node.NodeUser;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

/**
 * Hand-written in-memory stand-ins for the node ports; they keep what they are told in plain
 * collections that tests read. Single-threaded: the adapters' own tests cover races.
 */
public final class NodeFakes {

    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();

    /** Billed bytes per user (upload + download), as the users' counters hold them. */
    final Map<UserId, Long> billed = new HashMap<>();
    final Set<UserId> knownUsers = new HashSet<>();
    final Map<String, AppliedReport> answers = new HashMap<>();
    final List<String> claims = new ArrayList<>();
    /** Whether each ledger write happened inside a transaction, in order. */
    final List<Boolean> ledgerWritesInTransaction = new ArrayList<>();
    RuntimeException failNextAdd;

    final TrafficLedger ledger = new TrafficLedger() {
        @Override
        public List<Added> addAll(List<Share> shares, Instant at) {
            return shares.stream().map(share -> addOne(share.perUser())).toList();
        }

        private Added addOne(List<TrafficReport.UserTraffic> perUser) {
            if (failNextAdd != null) {
                RuntimeException failure = failNextAdd;
                failNextAdd = null;
                throw failure;
            }
            int updated = 0;
            long raw = 0;
            long billedTotal = 0;
            for (TrafficReport.UserTraffic traffic : perUser) {
                if (knownUsers.contains(traffic.user())) {
                    billed.merge(traffic.user(), traffic.billedU() + traffic.billedD(), Long::sum);
                    updated++;
                    raw += traffic.raw();
                    billedTotal += traffic.billedU() + traffic.billedD();
                }
            }
            ledgerWritesInTransaction.add(transactions.isOpen());
            return new Added(updated, raw, billedTotal);
        }

        @Override
        public boolean claim(NodeId node, String reportId, Instant at) {
            String key = node + "/" + reportId;
            if (claims.contains(key)) {
                return false;
            }
            claims.add(key);
            ledgerWritesInTransaction.add(transactions.isOpen());
            return true;
        }

        @Override
        public void answer(NodeId node, String reportId, AppliedReport answer) {
            answers.put(node + "/" + reportId, answer);
            ledgerWritesInTransaction.add(transactions.isOpen());
        }

        @Override
        public Optional<AppliedReport> answerOf(NodeId node, String reportId) {
            return Optional.ofNullable(answers.get(node + "/" + reportId));
        }
    };

    /** What the status store was told, one line per call; {@link #storeDown} makes every call fail. */
    final List<String> statusCalls = new ArrayList<>();
    final Map<UserId, Integer> aliveIps = new HashMap<>();
    public NodeStatus reported = NodeStatus.NONE;
    public boolean storeDown;

    public final NodeStatusStore status = new NodeStatusStore() {
        @Override
        public void recordOnline(NodeId node, int online, String load, Instant at) {
            answerIfUp();
            statusCalls.add("online " + node + " " + online + " " + load + " at " + at);
        }

        @Override
        public void recordLoad(NodeId node, double cpuLoad, double memoryUsage, double networkSpeed, Instant at) {
            answerIfUp();
            statusCalls.add("load " + node + " " + cpuLoad + " " + memoryUsage + " " + networkSpeed + " at " + at);
        }

        @Override
        public void recordAliveIps(NodeId node, List<AliveIp> ips, Instant at) {
            answerIfUp();
            ips.forEach(ip -> statusCalls.add("ip " + node + " " + ip.user() + " " + ip.ip()));
        }

        @Override
        public void recordReportedLoad(NodeId node, String load, Instant at) {
            answerIfUp();
            statusCalls.add("reported load " + node + " " + load + " at " + at);
        }

        @Override
        public Map<UserId, Integer> aliveIpCounts(Collection<UserId> users, Instant now) {
            answerIfUp();
            Map<UserId, Integer> counts = new HashMap<>(aliveIps);
            counts.keySet().retainAll(users);
            return counts;
        }

        @Override
        public Optional<Instant> lastAliveIpAt() {
            answerIfUp();
            return Optional.empty();
        }

        @Override
        public NodeStatus status(NodeId node, Instant now) {
            answerIfUp();
            return reported;
        }

        private void answerIfUp() {
            if (storeDown) {
                throw new DependencyUnavailable("the status store");
            }
        }
    };

    final List<String> onlineHistory = new ArrayList<>();
    final OnlineHistory history = (node, online, at) -> onlineHistory.add(node + " " + online + " at " + at);

    final Map<DetectRuleId, DetectRule> ruleRows = new HashMap<>();
    final List<DetectRules.Hit> hitRows = new ArrayList<>();

    final DetectRules rules = new DetectRules() {
        @Override
        public List<DetectRule> all() {
            return List.copyOf(ruleRows.values());
        }

        @Override
        public DetectRuleId add(NewRule rule) {
            DetectRuleId id = DetectRuleId.of(ruleRows.size() + 1L);
            ruleRows.put(id, new DetectRule(id, rule.name(), rule.text(), rule.regex(), rule.type()));
            return id;
        }

        @Override
        public boolean remove(DetectRuleId id) {
            return ruleRows.remove(id) != null;
        }

        @Override
        public int recordHits(NodeId node, List<Hit> hits, Instant at) {
            List<Hit> known = hits.stream().filter(h -> knownUsers.contains(h.user()) && ruleRows.containsKey(h.ruleId()))
                    .toList();
            hitRows.addAll(known);
            return known.size();
        }
    };

    final List<NodeUser> userRows = new ArrayList<>();
    /** Users the query lets onto a node; a test fills it, the real query's rules are tested on the database. */
    final List<NodeUser> allowed = new ArrayList<>();

    final NodeUserQuery users = new NodeUserQuery() {
        @Override
        public Listing allowedOn(Node node, Instant now) {
            return new Listing(List.copyOf(allowed), Optional.empty());
        }


        @Override
        public List<NodeUser> all() {
            return List.copyOf(userRows);
        }
    };

    static NodeUser user(long id) {
        return new NodeUser(id, "u" + id + "@example.com", "passwd", OptionalInt.of(10_000 + (int) id), "aes-128-gcm", "origin", "",
                "plain", "", "uuid-" + id, 0, 0, 0, 1L << 30, 0, 0, 0, 0, true, true, 0);
    }
}
