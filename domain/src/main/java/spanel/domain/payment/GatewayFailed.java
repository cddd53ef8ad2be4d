package spanel.domain.payment;

import spanel.domain.error.Refusal;

/** A payment gateway did not answer, or answered with an error: 502 gateway_failed. */
public final class GatewayFailed extends Refusal {

    private static final long serialVersionUID = 1L;

    public GatewayFailed(String message) {
        super(Kind.GATEWAY_FAILED, "gateway_failed", message);
    }
}
