package spanel.application.payment.port.out;

import java.util.List;
import java.util.Optional;

/** The gateways the operator configured. */
public interface PaymentGateways {

    Optional<PaymentGateway> named(String name);

    /** Names of the enabled gateways, for the refusal that lists them. */
    List<String> enabled();
}
