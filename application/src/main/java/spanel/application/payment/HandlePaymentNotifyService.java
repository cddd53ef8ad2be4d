package spanel.application.payment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.payment.NotifyVerdict;

/**
 * Verify, match, credit once: the gateway checks the signature and merchant,
 * then the notice must name an order of that gateway with exactly its amount. Only then is the
 * order credited, in one transaction ({@link PaymentSettlement}, shared with reconciliation); a
 * repeat of a paid order is acknowledged and changes nothing.
 * Every outcome is told to the meter, under the gateway's name when it is enabled.
 */
public final class HandlePaymentNotifyService implements HandlePaymentNotify {

    private final PaymentGateways gateways;
    private final PaymentSettlement settlement;
    private final PaymentMeter meter;

    public HandlePaymentNotifyService(PaymentGateways gateways, TopUpOrders orders, TopUpCrediting crediting,
            PaymentMeter meter) {
        this.gateways = Objects.requireNonNull(gateways);
        this.settlement = new PaymentSettlement(orders, crediting);
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
            case NotifyVerdict.Paid paid -> settlement.settle(gateway.get().name(), paid.notice());
        };
    }
}
