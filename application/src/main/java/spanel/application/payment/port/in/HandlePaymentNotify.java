package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.payment.NotifyRequest;

/** A gateway tells us a payment happened: verified, matched against its order, credited at most once. */
public interface HandlePaymentNotify {

    NotifyHandled handle(Command command);

    record Command(String gateway, NotifyRequest request) {
        public Command {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(request, "request");
        }
    }

    /** What became of a notification, for the gateway's reply and the log. */
    record NotifyHandled(Outcome outcome, String tradeNo, String detail) {
        public enum Outcome {
            /** Paid now: the balance was credited. */
            CREDITED,
            /** Paid before: nothing was credited again. */
            ALREADY_CREDITED,
            /** Authentic, but not a completed payment: nothing changed. */
            NOT_PAID,
            /**
             * An authentic payment whose amount is not the order's: not credited; the payment is
             * written on the order, which is flagged for the operator to refund or credit by hand.
             */
            FLAGGED,
            /** Not authentic, or not matching its order: nothing changed, and the gateway should retry. */
            REJECTED
        }

        /** Whether the gateway is told it may stop delivering this notification. */
        public boolean acknowledged() {
            return outcome != Outcome.REJECTED;
        }
    }
}
