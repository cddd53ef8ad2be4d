package spanel.application.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.payment.port.out.Commissions;
import spanel.application.payment.port.out.OrderPlans;
import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentEvents;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.application.payment.port.out.PaymentStarted;
import spanel.application.payment.port.out.TopUpOrders.Unsettled;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/**
 * Hand-written in-memory stand-ins for the payment ports. Every write is also appended to
 * {@link #writes}, marked with whether a transaction was open, so tests can check what a failure
 * would have rolled back. Single-threaded: the database adapters' own tests cover races.
 */
final class PaymentFakes {

    /** One write through a port: what it was, and whether it happened inside a transaction. */
    record Write(String what, boolean inTransaction) {
    }

    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    final Map<OrderId, TopUpOrder> orderRows = new HashMap<>();
    final Map<OrderId, String> reviewReasons = new HashMap<>();
    final Map<OrderId, String> references = new HashMap<>();
    final Map<OrderId, Integer> askFailures = new HashMap<>();
    final Map<OrderId, Instant> askNotBefore = new HashMap<>();
    final Map<OrderId, Instant> closedAt = new HashMap<>();
    final List<PaymentNotice> eventRows = new ArrayList<>();
    final Map<UserId, Money> balanceRows = new HashMap<>();
    final List<LedgerEntry> ledger = new ArrayList<>();
    final List<String> commissionRows = new ArrayList<>();
    final List<Write> writes = new ArrayList<>();
    final List<PaymentRequest> paymentRequests = new ArrayList<>();

    /** Set by a test to make the next ledger booking fail, as a database error would. */
    RuntimeException failNextBooking;

    private void wrote(String what) {
        writes.add(new Write(what, transactions.isOpen()));
    }

    TopUpOrder order(OrderId id) {
        return orderRows.get(id);
    }

    final TopUpOrders orders = new TopUpOrders() {
        @Override
        public TopUpOrder add(UserId user, String tradeNo, String gateway, Money total, Instant createdAt) {
            OrderId id = OrderId.of(orderRows.size() + 1L);
            TopUpOrder order = new TopUpOrder(id, user, tradeNo, gateway, total, OrderStatus.UNPAID, false, createdAt,
                    Optional.empty());
            orderRows.put(id, order);
            wrote("order " + id + " added");
            return order;
        }

        @Override
        public Optional<TopUpOrder> find(OrderId id) {
            return Optional.ofNullable(orderRows.get(id));
        }

        @Override
        public Optional<TopUpOrder> findByTradeNo(String tradeNo) {
            return orderRows.values().stream().filter(o -> o.tradeNo().equals(tradeNo)).findFirst();
        }

        @Override
        public Page<TopUpOrder> ofUser(UserId user, Optional<OrderStatus> status, PageRequest page) {
            return Page.slice(orderRows.values().stream()
                    .filter(o -> o.userId().equals(user) && (status.isEmpty() || o.status() == status.get()))
                    .sorted(Comparator.comparing(TopUpOrder::createdAt).reversed())
                    .toList(), page);
        }

        @Override
        public boolean markPaidIfUnpaid(OrderId id, Instant paidAt) {
            return changeStatus(id, OrderStatus.UNPAID, o -> paid(o, paidAt, o.needsReview()));
        }

        @Override
        public boolean markPaidIfClosed(OrderId id, Instant paidAt, String reviewReason) {
            boolean changed = changeStatus(id, OrderStatus.CLOSED, o -> paid(o, paidAt, true));
            if (changed) {
                reviewReasons.put(id, reviewReason);
            }
            return changed;
        }

        @Override
        public void flagForReview(OrderId id, String reason) {
            TopUpOrder o = orderRows.get(id);
            orderRows.put(id, new TopUpOrder(o.id(), o.userId(), o.tradeNo(), o.gateway(), o.total(), o.status(), true,
                    o.createdAt(), o.paidAt()));
            reviewReasons.put(id, reason);
            wrote("order " + id + " flagged");
        }

        @Override
        public void rememberReference(OrderId id, String reference) {
            references.put(id, reference);
            wrote("order " + id + " reference " + reference);
        }

        @Override
        public List<Unsettled> toAsk(Collection<String> gateways, Instant createdSince, Instant closedSince, Instant now,
                int limit) {
            return orderRows.values().stream()
                    .filter(o -> !o.needsReview() && gateways.contains(o.gateway())
                            && (o.status() == OrderStatus.UNPAID && !o.createdAt().isBefore(createdSince)
                                    || o.status() == OrderStatus.CLOSED && !closedAt.getOrDefault(o.id(), Instant.MIN).isBefore(closedSince))
                            && !askNotBefore.getOrDefault(o.id(), Instant.MIN).isAfter(now))
                    .sorted(Comparator.comparing(TopUpOrder::createdAt))
                    .limit(limit)
                    .map(this::unsettled)
                    .toList();
        }

        @Override
        public Optional<Unsettled> toAsk(OrderId id) {
            return Optional.ofNullable(orderRows.get(id)).map(this::unsettled);
        }

        private Unsettled unsettled(TopUpOrder o) {
            return new Unsettled(o, Optional.ofNullable(references.get(o.id())), askFailures.getOrDefault(o.id(), 0));
        }

        @Override
        public void askNotBefore(OrderId id, int failures, Instant after) {
            askFailures.put(id, failures);
            askNotBefore.put(id, after);
            wrote("order " + id + " asked again after " + after);
        }

        @Override
        public boolean closeIfUnpaid(OrderId id, Instant at) {
            boolean closed = changeStatus(id, OrderStatus.UNPAID, o -> new TopUpOrder(o.id(), o.userId(), o.tradeNo(),
                    o.gateway(), o.total(), OrderStatus.CLOSED, o.needsReview(), o.createdAt(), o.paidAt()));
            if (closed) {
                closedAt.put(id, at);
            }
            return closed;
        }

        @Override
        public int closeUnpaidCreatedBefore(Instant cutoff, Instant at) {
            List<OrderId> stale = orderRows.values().stream()
                    .filter(o -> o.status() == OrderStatus.UNPAID && o.createdAt().isBefore(cutoff))
                    .map(TopUpOrder::id).toList();
            stale.forEach(id -> closeIfUnpaid(id, at));
            return stale.size();
        }

        private boolean changeStatus(OrderId id, OrderStatus from, Function<TopUpOrder, TopUpOrder> change) {
            TopUpOrder o = orderRows.get(id);
            if (o == null || o.status() != from) {
                return false;
            }
            TopUpOrder changed = change.apply(o);
            orderRows.put(id, changed);
            wrote("order " + id + " status " + changed.status());
            return true;
        }

        private static TopUpOrder paid(TopUpOrder o, Instant at, boolean needsReview) {
            return new TopUpOrder(o.id(), o.userId(), o.tradeNo(), o.gateway(), o.total(), OrderStatus.PAID, needsReview,
                    o.createdAt(), Optional.of(at));
        }
    };

    final PaymentEvents events = new PaymentEvents() {
        private final Map<PaymentNotice, OrderId> orderOf = new HashMap<>();

        @Override
        public boolean recordFirst(OrderId orderId, PaymentNotice notice) {
            if (isRecorded(notice.gateway(), notice.gatewayTradeNo()) || orderOf.containsValue(orderId)) {
                return false;
            }
            eventRows.add(notice);
            orderOf.put(notice, orderId);
            wrote("event " + notice.gatewayTradeNo());
            return true;
        }

        @Override
        public boolean isRecorded(String gateway, String gatewayTradeNo) {
            return eventRows.stream().anyMatch(e -> e.gateway().equals(gateway) && e.gatewayTradeNo().equals(gatewayTradeNo));
        }
    };

    final Balances balances = new Balances() {
        @Override
        public Optional<Money> adjust(UserId user, long deltaFen) {
            Money current = balanceRows.get(user);
            if (current == null || current.fen() + deltaFen < 0) {
                return Optional.empty();
            }
            Money after = Money.ofFen(current.fen() + deltaFen);
            balanceRows.put(user, after);
            wrote("balance of " + user + " " + after);
            return Optional.of(after);
        }

        @Override
        public void book(LedgerEntry entry) {
            if (failNextBooking != null) {
                RuntimeException failure = failNextBooking;
                failNextBooking = null;
                throw failure;
            }
            ledger.add(entry);
            wrote("ledger " + entry.sourceType());
        }
    };

    final Commissions commissions = new Commissions() {
        @Override
        public void record(UserId inviter, UserId invitee, OrderId orderId, Money amount, String note) {
            commissionRows.add(inviter + " gets " + amount + " from " + invitee + " on order " + orderId);
            wrote("commission " + orderId);
        }

        @Override
        public boolean anyFrom(UserId invitee) {
            return commissionRows.stream().anyMatch(row -> row.contains(" from " + invitee + " on order "));
        }
    };

    /** A gateway whose verdict the test sets; it hands out a URL naming the trade number. */
    static final class Gateway implements PaymentGateway {

        private final String name;
        private final List<PaymentRequest> requests;
        NotifyVerdict verdict;
        RuntimeException failure;
        GatewayAnswer answer = new GatewayAnswer.Unpaid("waiting for the buyer");
        /** The gateway's own reference to each payment it starts, when the test gives it one. */
        Optional<String> reference = Optional.empty();
        final List<OrderQuery> queries = new ArrayList<>();

        Gateway(String name, List<PaymentRequest> requests) {
            this.name = name;
            this.requests = requests;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String paymentUrl(PaymentRequest request) {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            return "https://pay.example/" + name + "?no=" + request.tradeNo();
        }

        @Override
        public PaymentStarted start(PaymentRequest request) {
            return new PaymentStarted(paymentUrl(request), reference);
        }

        @Override
        public NotifyVerdict verify(NotifyRequest request) {
            return verdict;
        }

        @Override
        public GatewayAnswer ask(OrderQuery query) {
            queries.add(query);
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }

    final Gateway epay = new Gateway("epay", paymentRequests);

    /** Only epay is enabled. */
    final PaymentGateways gateways = new PaymentGateways() {
        @Override
        public Optional<PaymentGateway> named(String name) {
            return epay.name().equals(name) ? Optional.of(epay) : Optional.empty();
        }

        @Override
        public List<String> enabled() {
            return List.of(epay.name());
        }
    };

    final Map<OrderId, OrderPlans.PlanOnOrder> planRows = new HashMap<>();
    final Map<OrderId, PurchaseId> boughtRows = new HashMap<>();

    final OrderPlans plans = new OrderPlans() {
        @Override
        public void attach(OrderId order, PlanOnOrder plan) {
            planRows.put(order, plan);
            wrote("plan attached to " + order);
        }

        @Override
        public Optional<PlanOnOrder> planOf(OrderId order) {
            return Optional.ofNullable(planRows.get(order));
        }

        @Override
        public void bought(OrderId order, PurchaseId purchase) {
            boughtRows.put(order, purchase);
            wrote("order " + order + " bought " + purchase);
        }
    };
}
