package spanel.application.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.application.payment.port.out.PaymentStarted;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.error.InvalidInput;
import spanel.domain.money.Money;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.payment.TradeNo;

/**
 * Stores the unpaid order first, then asks the gateway where to pay: a gateway that fails leaves
 * an unpaid order behind (closed later by the expiry job), never a paid one. The gateway's
 * reference to the payment, when it gives one, is kept to ask about the payment later.
 */
public final class CreateTopUpOrderService implements CreateTopUpOrder {

    private final TopUpOrders orders;
    private final PaymentGateways gateways;
    private final PaymentUrls urls;
    private final Money maxTotal;
    private final RandomGenerator random;
    private final PaymentMeter meter;
    private final Clock clock;

    public CreateTopUpOrderService(TopUpOrders orders, PaymentGateways gateways, PaymentUrls urls, Money maxTotal,
            RandomGenerator random, PaymentMeter meter, Clock clock) {
        this.orders = Objects.requireNonNull(orders);
        this.gateways = Objects.requireNonNull(gateways);
        this.urls = Objects.requireNonNull(urls);
        this.maxTotal = Objects.requireNonNull(maxTotal);
        this.random = Objects.requireNonNull(random);
        this.meter = Objects.requireNonNull(meter);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public TopUpCreated create(Command command) {
        PaymentGateway gateway = gateways.named(command.gateway()).orElseThrow(() -> new InvalidInput("gateway",
                "'" + command.gateway() + "' is not enabled; enabled: "
                        + (gateways.enabled().isEmpty() ? "none" : String.join(", ", gateways.enabled()))));
        if (maxTotal.isLessThan(command.total())) {
            throw new InvalidInput("total", "at most " + maxTotal + " per top-up");
        }
        Instant now = clock.instant();
        TopUpOrder order = orders.add(command.user(), TradeNo.next(now, random), gateway.name(), command.total(), now);
        PaymentStarted started = gateway.start(new PaymentRequest(order.tradeNo(), order.total(), "Top-up " + order.total(),
                urls.notifyUrl(gateway.name()), urls.returnUrl(gateway.name())));
        started.reference().ifPresent(reference -> orders.rememberReference(order.id(), reference));
        meter.topUpCreated(gateway.name());
        return new TopUpCreated(order, started.paymentUrl());
    }
}
