package spanel.application.payment.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.payment.OrderId;

/**
 * Asks the gateways about unpaid orders, for the notifies that never came: a paid answer is
 * credited as the notify would have been (once, whichever comes first), a gateway that fails is
 * asked again later, and nothing is credited from an answer that did not verify.
 */
public interface ReconcileOrders {

    Reconciled reconcile(Command command);

    /**
     * One order asked about now, whatever its age or its gateway's failures, closed ones too; or,
     * without one, the sweep.
     */
    record Command(Optional<OrderId> order) {
        public Command {
            Objects.requireNonNull(order, "order");
        }

        public static Command sweep() {
            return new Command(Optional.empty());
        }
    }

    /** What asking did, order by order; {@code checked} counts the orders asked about. */
    record Reconciled(List<Checked> orders) {
        public Reconciled {
            orders = List.copyOf(orders);
        }

        public long checked() {
            return orders.stream().filter(o -> o.outcome() != Outcome.NOT_ASKED).count();
        }

        public long count(Outcome outcome) {
            return orders.stream().filter(o -> o.outcome() == outcome).count();
        }
    }

    record Checked(OrderId order, String tradeNo, String gateway, Outcome outcome, String detail) {
        public Checked {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(tradeNo, "tradeNo");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Outcome {
        /** Paid at the gateway, not credited here until now: credited. */
        RECOVERED,
        /** Paid at the gateway and credited already (its notify came): nothing changed. */
        ALREADY_PAID,
        /** Not paid yet at the gateway. */
        UNPAID,
        /** Closed at the gateway (timed out, expired): closed here too, nothing credited. */
        CLOSED,
        /** Paid at the gateway with another amount than the order's: not credited, flagged for review. */
        FLAGGED,
        /** The gateway failed, refused or could not be trusted: nothing changed, asked again later. */
        FAILED,
        /** Not asked: the order is paid, or its gateway is not enabled. */
        NOT_ASKED
    }
}
