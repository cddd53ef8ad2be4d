package spanel.domain.payment;

import java.util.Objects;

/**
 * What a gateway answered when asked about an order, read and checked by its adapter: an authentic
 * payment of the order (to be credited as a notify would be), not paid yet, closed at the gateway,
 * or nothing to act on (the gateway failed, or its answer could not be trusted).
 */
public sealed interface GatewayAnswer {

    /** Authentic, names our order and merchant, and reports a completed payment of this amount. */
    record Paid(PaymentNotice notice) implements GatewayAnswer {
        public Paid {
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** Authentic: the order is not paid yet (waiting for the user, not even opened). */
    record Unpaid(String state) implements GatewayAnswer {
        public Unpaid {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Authentic: the payment can no longer be made (timed out, expired, closed at the gateway). */
    record Closed(String state) implements GatewayAnswer {
        public Closed {
            Objects.requireNonNull(state, "state");
        }
    }

    /** No answer to act on: the gateway failed or refused, or its answer did not verify. Asked again later. */
    record Unknown(String reason) implements GatewayAnswer {
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
