package spanel.adapter.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import spanel.adapter.payment.alipay.AlipayConfig;
import spanel.adapter.payment.alipay.AlipayGateway;
import spanel.adapter.payment.debug.DebugGateway;
import spanel.adapter.payment.epay.EpayConfig;
import spanel.adapter.payment.epay.EpayGateway;
import spanel.adapter.payment.stripe.StripeConfig;
import spanel.adapter.payment.stripe.StripeGateway;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;

/** Builds the gateways the operator configured; bootstrap hands it the parsed configuration. */
public final class PaymentAdapters {

    /** Every gateway name spanel knows, configured or not. */
    public static final List<String> KNOWN = List.of(EpayGateway.NAME, AlipayGateway.NAME, StripeGateway.NAME);

    private PaymentAdapters() {
    }

    public static PaymentGateways gateways(Optional<EpayConfig> epay, Optional<AlipayConfig> alipay,
            Optional<StripeConfig> stripe, Clock clock) {
        return gateways(epay, alipay, stripe, false, clock);
    }

    /** As above, plus the {@code debug} gateway when {@code debug} (DEBUG=true) and never otherwise. */
    public static PaymentGateways gateways(Optional<EpayConfig> epay, Optional<AlipayConfig> alipay,
            Optional<StripeConfig> stripe, boolean debug, Clock clock) {
        List<PaymentGateway> enabled = new ArrayList<>();
        epay.ifPresent(config -> enabled.add(new EpayGateway(config)));
        alipay.ifPresent(config -> enabled.add(new AlipayGateway(config, clock)));
        stripe.ifPresent(config -> enabled.add(new StripeGateway(config, clock)));
        if (debug) {
            enabled.add(new DebugGateway());
        }
        List<PaymentGateway> fixed = List.copyOf(enabled);
        return new PaymentGateways() {
            @Override
            public Optional<PaymentGateway> named(String name) {
                return fixed.stream().filter(g -> g.name().equals(name)).findFirst();
            }

            @Override
            public List<String> enabled() {
                return fixed.stream().map(PaymentGateway::name).toList();
            }
        };
    }
}
