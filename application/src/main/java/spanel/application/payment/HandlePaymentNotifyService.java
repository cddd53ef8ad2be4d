package spanel.application.payment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.out.ImportedPayments;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.payment.NotifyVerdict;

/**
 * Verify, match, credit once: the gateway checks the signature and merchant,
 * then the notice must name an order of that gateway with exactly its amount. Only then is the
 * order credited, in one transaction ({@link PaymentSettlement}, shared with reconciliation); a
 * repeat of a paid order is acknowledged and changes nothing, and so is a late notice for an order
 * the panel spanel was imported from had been paid, which no spanel order carries.
 * Every outcome is told to the meter, under the gateway's name when it is enabled.
 */
public final class HandlePaymentNotifyService implements HandlePaymentNotify {

    private final PaymentGateways gateways;
    private final TopUpOrders orders;
    private final PaymentSettlement settlement;
    private final PaymentMeter meter;
    private final ImportedPayments imported;

    public HandlePaymentNotifyService(PaymentGateways gateways, TopUpOrders orders, TopUpCrediting crediting,
            PaymentMeter meter, ImportedPayments imported) {
        this.gateways = Objects.requireNonNull(gateways);
        this.orders = Objects.requireNonNull(orders);
        this.settlement = new PaymentSettlement(orders, crediting);
        this.imported = Objects.requireNonNull(imported);
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
            case NotifyVerdict.Paid paid -> paidBeforeImport(paid.notice().tradeNo())
                    ? new NotifyHandled(Outcome.ALREADY_CREDITED, paid.notice().tradeNo(),
                            "paid in the panel spanel was imported from; nothing credited again")
                    : settlement.settle(gateway.get().name(), paid.notice());
        };
    }

    /** Balances came over as the old panel left them: its payments are in them already. */
    private boolean paidBeforeImport(String tradeNo) {
        return imported.paidBefore(tradeNo) && orders.findByTradeNo(tradeNo).isEmpty();
    }
}
