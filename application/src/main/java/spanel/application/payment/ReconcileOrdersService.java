package spanel.application.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders.Unsettled;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.error.NotFound;
import spanel.domain.payment.AskAgain;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;

/**
 * Reconciliation. The gateways are asked outside any transaction (a call may take 15 s); a paid
 * answer goes through {@link PaymentSettlement}, the notify's own path, so a notify and an answer
 * for the same payment credit it once between them. The sweep asks about unpaid orders younger than
 * ORDER_TTL, not flagged for review, whose gateway is not waiting out its failures
 * ({@link AskAgain}), and the orders closed in the last {@link #CLOSED_GRACE}, oldest first, at most
 * {@link #SWEEP_LIMIT} a run; one order asked about on demand may be closed for any time. A payment
 * found for a closed order is credited (and the order flagged) as a late notify would be.
 */
public final class ReconcileOrdersService implements ReconcileOrders {

    /** Orders asked about in one sweep at most; the rest wait for the next one. */
    public static final int SWEEP_LIMIT = 100;

    /**
     * How long after it closed an order is still asked about: a payment made in the order's last
     * minutes whose notify was lost is found after the expiry job closed it.
     */
    public static final Duration CLOSED_GRACE = Duration.ofHours(1);

    private final TopUpOrders orders;
    private final PaymentGateways gateways;
    private final PaymentSettlement settlement;
    private final Duration orderTtl;
    private final PaymentMeter meter;
    private final Clock clock;

    public ReconcileOrdersService(TopUpOrders orders, PaymentGateways gateways, TopUpCrediting crediting,
            Duration orderTtl, PaymentMeter meter, Clock clock) {
        this.orders = Objects.requireNonNull(orders);
        this.gateways = Objects.requireNonNull(gateways);
        this.settlement = new PaymentSettlement(orders, crediting);
        this.orderTtl = Objects.requireNonNull(orderTtl);
        this.meter = Objects.requireNonNull(meter);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Reconciled reconcile(Command command) {
        Instant now = clock.instant();
        List<Unsettled> due = command.order().isPresent()
                ? List.of(orders.toAsk(command.order().get())
                        .orElseThrow(() -> new NotFound("no order " + command.order().get())))
                : orders.toAsk(gateways.enabled(), now.minus(orderTtl), now.minus(CLOSED_GRACE), now, SWEEP_LIMIT);
        List<Checked> checked = new ArrayList<>();
        for (Unsettled unsettled : due) {
            Checked one = check(unsettled);
            if (one.outcome() != Outcome.NOT_ASKED) {
                meter.reconciled(one.gateway(), one.outcome().name().toLowerCase(Locale.ROOT));
            }
            checked.add(one);
        }
        return new Reconciled(checked);
    }

    private Checked check(Unsettled unsettled) {
        TopUpOrder order = unsettled.order();
        // A closed order is asked about too: its payment may have come just before it expired.
        if (order.status() == OrderStatus.PAID) {
            return checked(order, Outcome.NOT_ASKED, "the order is " + order.status().name().toLowerCase(Locale.ROOT));
        }
        Optional<PaymentGateway> gateway = gateways.named(order.gateway());
        if (gateway.isEmpty()) {
            return checked(order, Outcome.NOT_ASKED, "gateway " + order.gateway() + " is not enabled");
        }
        GatewayAnswer answer;
        try {
            answer = gateway.get().ask(new OrderQuery(order.tradeNo(), unsettled.reference()));
        } catch (RuntimeException e) {
            answer = new GatewayAnswer.Unknown(order.gateway() + " could not be asked: " + e.getMessage());
        }
        return switch (answer) {
            case GatewayAnswer.Paid paid -> settled(order, paid);
            case GatewayAnswer.Unpaid unpaid -> checked(order, Outcome.UNPAID, unpaid.state());
            case GatewayAnswer.Closed closed -> closed(unsettled, closed);
            case GatewayAnswer.Unknown unknown -> {
                int failures = unsettled.failures() + 1;
                Instant after = AskAgain.after(failures, clock.instant());
                orders.askNotBefore(order.id(), failures, after);
                yield checked(order, Outcome.FAILED, unknown.reason() + "; asked again after " + after);
            }
        };
    }

    /** Closed here too; the gateway said its last word, so the sweep does not ask again while the order is in its grace. */
    private Checked closed(Unsettled unsettled, GatewayAnswer.Closed closed) {
        TopUpOrder order = unsettled.order();
        Instant now = clock.instant();
        if (order.status() != OrderStatus.CLOSED && !orders.closeIfUnpaid(order.id(), now)) {
            return checked(order, Outcome.ALREADY_PAID, closed.state() + " at the gateway, but the order changed meanwhile");
        }
        orders.askNotBefore(order.id(), unsettled.failures(), now.plus(CLOSED_GRACE));
        return checked(order, Outcome.CLOSED, closed.state());
    }

    private Checked settled(TopUpOrder order, GatewayAnswer.Paid paid) {
        if (!paid.notice().tradeNo().equals(order.tradeNo())) {
            return checked(order, Outcome.FAILED, "the answer names order " + paid.notice().tradeNo());
        }
        NotifyHandled handled = settlement.settle(order.gateway(), paid.notice());
        Outcome outcome = switch (handled.outcome()) {
            case CREDITED -> Outcome.RECOVERED;
            case ALREADY_CREDITED -> Outcome.ALREADY_PAID;
            case FLAGGED -> Outcome.FLAGGED;
            case NOT_PAID, REJECTED -> Outcome.FAILED;
        };
        return checked(order, outcome, handled.detail());
    }

    private static Checked checked(TopUpOrder order, Outcome outcome, String detail) {
        return new Checked(order.id(), order.tradeNo(), order.gateway(), outcome, detail);
    }
}
