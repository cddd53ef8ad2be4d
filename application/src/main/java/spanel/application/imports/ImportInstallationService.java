package spanel.application.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.imports.port.in.ImportInstallation;
import spanel.application.imports.port.out.ImportDestination.NewNode;
import spanel.application.imports.port.out.ImportDestination.NewUser;
import spanel.application.imports.port.out.ImportDestination.Occupied;
import spanel.application.imports.port.out.ImportDestination;
import spanel.application.imports.port.out.SourcePanel;
import spanel.application.node.port.out.NodeConfigs;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.money.Money;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;
import spanel.domain.user.Email;
import spanel.domain.user.InviteCode;
import spanel.domain.user.PortRange;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * Plans the whole import first (what each source row becomes, or why it is refused), then, when
 * applying, writes users in batches of {@link #BATCH} per transaction, each user with its opening
 * ledger row, its old subscription token and its imported mark, then the invite links, nodes and
 * plans. A failed batch rolls back alone; the next run skips what the committed ones brought.
 */
public final class ImportInstallationService implements ImportInstallation {

    static final int BATCH = 200;
    private static final int PASSWD_MAX = 64;

    private final SourcePanel source;
    private final ImportDestination destination;
    private final Balances balances;
    private final TransactionRunner transactions;
    private final PortRange ports;
    private final RandomGenerator secureRandom;
    private final NodeConfigs nodeConfigs;

    public ImportInstallationService(SourcePanel source, ImportDestination destination, Balances balances,
            TransactionRunner transactions, PortRange ports, RandomGenerator secureRandom, NodeConfigs nodeConfigs) {
        this.source = Objects.requireNonNull(source);
        this.destination = Objects.requireNonNull(destination);
        this.balances = Objects.requireNonNull(balances);
        this.transactions = Objects.requireNonNull(transactions);
        this.ports = Objects.requireNonNull(ports);
        this.secureRandom = Objects.requireNonNull(secureRandom);
        this.nodeConfigs = Objects.requireNonNull(nodeConfigs);
    }

    @Override
    public Report run(Command command) {
        SourcePanel.Installation installation = source.read();
        Occupied occupied = destination.occupied();
        UserPlan users = planUsers(installation.users(), occupied);
        NodePlan nodes = planNodes(installation.nodes(), occupied);
        PlanPlan plans = planPlans(installation.plans());
        OrderPlan orders = planOrders(installation.orders(), users.keptIds);
        Optional<Totals> spanel = Optional.empty();
        if (command.apply()) {
            applyUsers(users);
            applyNodes(nodes);
            applyPlans(plans);
            applyOrders(orders);
            destination.moveIdsPastMaximum();
            spanel = Optional.of(totals(destination.totals(source.name())));
        }
        List<String> notices = new ArrayList<>(installation.notices());
        notices.addAll(nodes.notices);
        return new Report(source.name(), command.apply(),
                List.of(users.table("users"), nodes.table("nodes"), plans.table("plans"), orders.table("orders")), notices,
                totals(users.sourceTotals), totals(users.importedTotals), spanel);
    }

    // ---- users

    private UserPlan planUsers(List<SourcePanel.User> sourceUsers, Occupied occupied) {
        UserPlan plan = new UserPlan(destination.imported(source.name(), "user"));
        Map<String, Long> mailboxes = new HashMap<>();
        Set<Integer> portsTaken = new HashSet<>(occupied.ports());
        Set<String> uuids = new HashSet<>(occupied.uuids());
        Set<String> codes = new HashSet<>(occupied.inviteCodes());
        Set<Integer> sourcePorts = new HashSet<>();
        List<SourcePanel.User> ordered = sourceUsers.stream().sorted(Comparator.comparingLong(SourcePanel.User::id)).toList();
        for (SourcePanel.User user : ordered) {
            plan.sourceTotals = plan.sourceTotals.plus(user.balanceFen(), user.u(), user.d(), user.transferEnable());
            String id = Long.toString(user.id());
            if (plan.done.contains(id)) {
                plan.already++;
                plan.keptIds.add(user.id());
                continue;
            }
            Optional<String> refusal = refusal(user, occupied, mailboxes, uuids);
            if (refusal.isPresent()) {
                plan.skipped.add(new Row(id, refusal.get()));
                continue;
            }
            Email email = Email.of(user.email());
            mailboxes.put(email.value(), user.id());
            uuids.add(user.uuid());
            long money = Math.max(0, user.balanceFen());
            if (user.balanceFen() < 0) {
                plan.changed.add(new Row(id, "balance " + Money.ofFen(-user.balanceFen()).toDecimalString()
                        + " in debt: imported as 0, the debt is not carried over"));
            }
            Optional<Integer> port = keptPort(user, portsTaken, sourcePorts);
            if (port.isEmpty() || port.get() != user.port()) {
                port = drawPort(portsTaken);
                plan.changed.add(new Row(id, (user.port() == 0 ? "no port" : "port " + user.port() + " is taken or out of range")
                        + ": " + port.map(p -> "given port " + p).orElse("no free port in the range, none given")
                        + " (nodes giving each user a port of their own change it)"));
            }
            port.ifPresent(portsTaken::add);
            String code = user.inviteCode().filter(c -> !codes.contains(c) && c.length() <= 32)
                    .orElseGet(() -> InviteCode.random(secureRandom));
            codes.add(code);
            user.notices().forEach(notice -> plan.changed.add(new Row(id, notice)));
            NewUser row = new NewUser(user.id(), email, user.passwordHash().orElseThrow(), money, user.u(), user.d(),
                    user.transferEnable(), user.transferTotal(), user.userClass(), user.classExpire(), user.expireIn(),
                    user.nodeGroup(), user.speedLimit(), user.ipLimit(), user.passwd(), port, user.method(), user.uuid(),
                    code, user.admin(), user.banned(), user.createdAt());
            plan.create.add(new Planned(row, user));
            plan.keptIds.add(user.id());
            plan.importedTotals = plan.importedTotals.plus(money, user.u(), user.d(), user.transferEnable());
        }
        return plan;
    }

    private static Optional<String> refusal(SourcePanel.User user, Occupied occupied, Map<String, Long> mailboxes,
            Set<String> uuids) {
        if (user.refused().isPresent()) {
            return user.refused();
        }
        Email email;
        try {
            email = Email.of(user.email());
        } catch (IllegalArgumentException e) {
            return Optional.of("invalid email '" + user.email() + "': " + e.getMessage());
        }
        if (mailboxes.containsKey(email.value())) {
            return Optional.of("email " + email + " is the same mailbox as user " + mailboxes.get(email.value())
                    + "'s once case and width are folded: merge them by hand");
        }
        if (occupied.emails().contains(email.value())) {
            return Optional.of("email " + email + " already has a spanel account");
        }
        if (occupied.userIds().contains(user.id())) {
            return Optional.of("id " + user.id() + " is taken by a spanel account");
        }
        if (user.passwd().isEmpty() || user.passwd().length() > PASSWD_MAX) {
            return Optional.of("proxy password is empty or longer than " + PASSWD_MAX + " characters");
        }
        if (uuids.contains(user.uuid())) {
            return Optional.of("uuid " + user.uuid() + " is already in use");
        }
        return Optional.empty();
    }

    private Optional<Integer> keptPort(SourcePanel.User user, Set<Integer> taken, Set<Integer> sourcePorts) {
        int port = user.port();
        boolean usable = port >= 1 && port <= 65535 && !taken.contains(port) && sourcePorts.add(port);
        return usable ? Optional.of(port) : Optional.empty();
    }

    private Optional<Integer> drawPort(Set<Integer> taken) {
        for (int draw = 0; draw < 64; draw++) {
            int port = ports.pick(secureRandom);
            if (!taken.contains(port)) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    private void applyUsers(UserPlan plan) {
        String panel = source.name();
        for (List<Planned> batch : batches(plan.create)) {
            transactions.inTransaction(() -> {
                for (Planned planned : batch) {
                    NewUser user = planned.row();
                    destination.addUser(user);
                    if (user.moneyFen() > 0) {
                        balances.book(new LedgerEntry(new UserId(user.id()), user.moneyFen(), Money.ofFen(user.moneyFen()),
                                LedgerEntry.ADMIN, "import:" + panel + ":user:" + user.id(), planned.source().balanceNote()));
                    }
                    planned.source().subscriptionToken().ifPresent(token ->
                            destination.keepSubscriptionToken(user.id(), TokenHash.of(token).hex(), panel));
                    destination.markImported(panel, "user", Long.toString(user.id()), user.id());
                }
            });
        }
        // Inviters after every account is in: an invitee may come before its inviter.
        for (List<Planned> batch : batches(plan.create)) {
            transactions.inTransaction(() -> batch.forEach(planned -> planned.source().inviterId()
                    .filter(plan.keptIds::contains)
                    .ifPresent(inviter -> destination.linkInviter(planned.row().id(), inviter))));
        }
    }

    // ---- nodes

    private NodePlan planNodes(List<SourcePanel.Node> sourceNodes, Occupied occupied) {
        NodePlan plan = new NodePlan(destination.imported(source.name(), "node"));
        Set<Long> ids = new HashSet<>(occupied.nodeIds());
        sourceNodes.forEach(node -> ids.add(node.sourceId()));
        long next = ids.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        Set<Long> given = new HashSet<>(occupied.nodeIds());
        for (SourcePanel.Node node : sourceNodes) {
            if (plan.done.contains(node.key())) {
                plan.already++;
                continue;
            }
            if (node.refused().isPresent()) {
                plan.skipped.add(new Row(node.key(), node.refused().get()));
                continue;
            }
            String customConfig;
            try {
                customConfig = servableConfig(node);
            } catch (InvalidInput | IllegalArgumentException e) {
                plan.skipped.add(new Row(node.key(), "no client could use it as imported: " + e.getMessage()));
                continue;
            }
            long id = node.sourceId();
            if (!given.add(id)) {
                id = next++;
                given.add(id);
                plan.changed.add(new Row(node.key(), "id " + node.sourceId() + " is taken: the node becomes " + id));
                if (node.configuredId().isEmpty()) {
                    plan.notices.add(node.kind() + " " + node.sourceId() + " (" + node.name() + ") is now node " + id
                            + ": set NodeID " + id + " in its XrayR/V2bX configuration");
                } else {
                    plan.notices.add(node.kind() + " node " + node.configuredId().get() + " (" + node.name() + ") is node "
                            + id + " in spanel; its V2bX keeps NodeID " + node.configuredId().get() + " with NodeType "
                            + node.kind() + " (UniProxy finds it by both)");
                }
            }
            node.notices().forEach(notice -> plan.changed.add(new Row(node.key(), notice)));
            plan.create.add(new PlannedNode(node, new NewNode(id, node.name(), node.server(), node.sort(),
                    customConfig, node.method(), node.serverKey(), node.trafficRate(), node.nodeClass(),
                    node.nodeGroup(), node.speedLimit(), node.bandwidth(), node.bandwidthLimit(), node.enabled())));
        }
        return plan;
    }

    /**
     * The node's custom_config as spanel keeps it, judged as a node saved by the operator is (a
     * REALITY public key derived from the private key, a mismatched pair refused).
     */
    private String servableConfig(SourcePanel.Node node) {
        return nodeConfigs.servable(new Node(NodeId.of(node.sourceId()), node.name(), node.server(), node.sort(),
                node.customConfig(), node.method(), TrafficRate.of(node.trafficRate()), node.nodeClass(), node.nodeGroup(),
                node.speedLimit(), node.bandwidth(), node.bandwidthLimit(), node.enabled(), Optional.empty(),
                Optional.empty(), node.serverKey()));
    }

    private void applyNodes(NodePlan plan) {
        String panel = source.name();
        transactions.inTransaction(() -> {
            for (PlannedNode planned : plan.create) {
                destination.addNode(planned.row());
                planned.source().configuredId().ifPresent(configured ->
                        destination.keepNodeId(planned.source().kind(), configured, planned.row().id()));
                destination.markImported(panel, "node", planned.source().key(), planned.row().id());
            }
        });
    }

    // ---- plans

    private PlanPlan planPlans(List<SourcePanel.Plan> sourcePlans) {
        PlanPlan plan = new PlanPlan(destination.imported(source.name(), "plan"));
        for (SourcePanel.Plan product : sourcePlans) {
            if (plan.done.contains(product.sourceId())) {
                plan.already++;
            } else if (product.refused().isPresent()) {
                plan.skipped.add(new Row(product.sourceId(), product.refused().get()));
            } else {
                product.notices().forEach(notice -> plan.changed.add(new Row(product.sourceId(), notice)));
                plan.create.add(product);
            }
        }
        return plan;
    }

    private void applyPlans(PlanPlan plan) {
        String panel = source.name();
        transactions.inTransaction(() -> {
            for (SourcePanel.Plan product : plan.create) {
                long id = destination.addProduct(product.name(), product.priceFen(), product.content(), product.enabled(),
                        product.stock());
                destination.markImported(panel, "plan", product.sourceId(), id);
            }
        });
    }

    // ---- paid orders: history only, after the users they belong to

    private OrderPlan planOrders(List<SourcePanel.PaidOrder> sourceOrders, Set<Long> keptUsers) {
        OrderPlan plan = new OrderPlan(destination.imported(source.name(), "order"));
        for (SourcePanel.PaidOrder order : sourceOrders) {
            if (plan.done.contains(order.sourceId())) {
                plan.already++;
            } else if (!keptUsers.contains(order.userId())) {
                plan.skipped.add(new Row(order.sourceId(), "user " + order.userId() + " is not imported"));
            } else if (order.amountFen() < 0) {
                plan.skipped.add(new Row(order.sourceId(), "a negative amount"));
            } else {
                plan.create.add(order);
            }
        }
        return plan;
    }

    private void applyOrders(OrderPlan plan) {
        String panel = source.name();
        for (List<SourcePanel.PaidOrder> batch : batches(plan.create)) {
            transactions.inTransaction(() -> {
                for (SourcePanel.PaidOrder order : batch) {
                    long id = destination.keepPaidOrder(panel, new ImportDestination.NewPaidOrder(order.sourceId(),
                            order.userId(), order.kind(), order.amountFen(), order.gateway(), order.tradeNo(),
                            order.description(), order.paidAt()));
                    destination.markImported(panel, "order", order.sourceId(), id);
                }
            });
        }
    }

    // ---- helpers

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    private static Totals totals(ImportDestination.Totals totals) {
        return new Totals(totals.users(), totals.balanceFen(), totals.u(), totals.d(), totals.transferEnable());
    }

    private record Planned(NewUser row, SourcePanel.User source) {
    }

    private record PlannedNode(SourcePanel.Node source, NewNode row) {
    }

    /** What one table's rows become; the table's report row. */
    private abstract static class TablePlan<T> {
        final Set<String> done;
        final List<T> create = new ArrayList<>();
        final List<Row> skipped = new ArrayList<>();
        final List<Row> changed = new ArrayList<>();
        int already;

        TablePlan(Set<String> done) {
            this.done = done;
        }

        Table table(String name) {
            return new Table(name, create.size(), already, List.copyOf(skipped), List.copyOf(changed));
        }
    }

    private static final class UserPlan extends TablePlan<Planned> {
        final Set<Long> keptIds = new HashSet<>();
        ImportDestination.Totals sourceTotals = ImportDestination.Totals.NONE;
        ImportDestination.Totals importedTotals = ImportDestination.Totals.NONE;

        UserPlan(Set<String> done) {
            super(done);
        }
    }

    private static final class NodePlan extends TablePlan<PlannedNode> {
        final List<String> notices = new ArrayList<>();

        NodePlan(Set<String> done) {
            super(done);
        }
    }

    private static final class OrderPlan extends TablePlan<SourcePanel.PaidOrder> {
        OrderPlan(Set<String> done) {
            super(done);
        }
    }

    private static final class PlanPlan extends TablePlan<SourcePanel.Plan> {
        PlanPlan(Set<String> done) {
            super(done);
        }
    }
}
