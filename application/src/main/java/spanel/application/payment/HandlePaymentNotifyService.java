package spanel.application.payment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.application.payment.port.out.ImportedPayments;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;

/**
 * Verify, match, credit once: the gateway checks the signature and merchant,
 * then the notice must name an order of that gateway with exactly its amount. Only then is the
 * order credited, in one transaction; a repeat of a paid order is acknowledged and changes nothing,
 * and so is a late notice for an order the panel spanel was imported from had been paid.
 * Every outcome is told to the meter, under the gateway's name when it is enabled.
 */
public final class HandlePaymentNotifyService implements HandlePaymentNotify {

    private final PaymentGateways gateways;
    private final TopUpOrders orders;
    private final TopUpCrediting crediting;
    private final PaymentMeter meter;
    private final ImportedPayments imported;

    public HandlePaymentNotifyService(PaymentGateways gateways, TopUpOrders orders, TopUpCrediting crediting,
            PaymentMeter meter, ImportedPayments imported) {
        this.gateways = Objects.requireNonNull(gateways);
        this.orders = Objects.requireNonNull(orders);
        this.imported = Objects.requireNonNull(imported);
        this.crediting = Objects.requireNonNull(crediting);
        this.meter = Objects.requireNonNull(meter);
    }

    @Override
    public NotifyHandled handle(Command command) {
        Optional<PaymentGateway> gateway = gateways.named(command.gateway());
        NotifyHandled handled = decide(gateway, command);
        meter.notifyHandled(gateway.map(PaymentGateway::name).orElse(PaymentMeter.UNKNOWN_GATEWAY),
                handled.outcome().name().toLowerCase(Locale.ROOT));
        return handled;
    }

    private NotifyHandled decide(Optional<PaymentGateway> gateway, Command command) {
        if (gateway.isEmpty()) {
            return new NotifyHandled(Outcome.REJECTED, "-", "gateway '" + command.gateway() + "' is not enabled");
        }
        return switch (gateway.get().verify(command.request())) {
            case NotifyVerdict.Rejected rejected -> new NotifyHandled(Outcome.REJECTED, rejected.tradeNo(), rejected.reason());
            case NotifyVerdict.NotPaid notPaid -> new NotifyHandled(Outcome.NOT_PAID, notPaid.tradeNo(), notPaid.reason());
            case NotifyVerdict.Paid paid -> credit(gateway.get().name(), paid.notice());
        };
    }

    private NotifyHandled credit(String gateway, PaymentNotice notice) {
        Optional<TopUpOrder> found = orders.findByTradeNo(notice.tradeNo());
        if (found.isEmpty() && imported.paidBefore(notice.tradeNo())) {
            // Balances came over as the old panel left them: its payment is in them already.
            return new NotifyHandled(Outcome.ALREADY_CREDITED, notice.tradeNo(),
                    "paid in the panel spanel was imported from; nothing credited again");
        }
        if (found.isEmpty()) {
            return new NotifyHandled(Outcome.REJECTED, notice.tradeNo(), "no order has this tradeno");
        }
        TopUpOrder order = found.get();
        if (!order.gateway().equals(gateway)) {
            return new NotifyHandled(Outcome.REJECTED, notice.tradeNo(), "the order is for " + order.gateway() + ", not " + gateway);
        }
        if (!order.total().equals(notice.amount())) {
            // Authentic (the signature held): the money moved at the gateway, so it is kept on record
            // for the operator rather than refused into a day of retries.
            orders.flagForReview(order.id(), "a payment of " + notice.amount() + " (" + gateway + " " + notice.gatewayTradeNo()
                    + ") does not match the order's " + order.total() + ": not credited; refund it or credit it by hand");
            return new NotifyHandled(Outcome.FLAGGED, notice.tradeNo(),
                    "amount " + notice.amount() + " differs from the order's " + order.total() + "; flagged for review");
        }
        String credited = "credited " + order.total() + " to user " + order.userId();
        // A paid order is acknowledged either way, so the gateway stops retrying.
        return switch (crediting.credit(order, notice)) {
            case CREDITED -> new NotifyHandled(Outcome.CREDITED, notice.tradeNo(), credited);
            case CREDITED_AFTER_CLOSE -> new NotifyHandled(Outcome.CREDITED, notice.tradeNo(),
                    credited + " (order was closed: flagged for review)");
            case ALREADY_CREDITED -> new NotifyHandled(Outcome.ALREADY_CREDITED, notice.tradeNo(), "paid before; nothing credited again");
            case ANOTHER_PAYMENT_FLAGGED -> new NotifyHandled(Outcome.ALREADY_CREDITED, notice.tradeNo(),
                    "another payment " + notice.gatewayTradeNo() + " for a paid order: not credited, flagged for review");
        };
    }
}
