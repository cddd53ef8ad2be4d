package spanel.domain.payment;

import java.util.Objects;

/** A gateway's reading of a notification: authentic and paid, authentic but not a payment, or not to be trusted. */
public sealed interface NotifyVerdict {

    /** The tradeno the notification names, or "-" when it names none; for the log. */
    String tradeNo();

    /** Signed by the gateway and reporting a completed payment: to be matched against the order and credited. */
    record Paid(PaymentNotice notice) implements NotifyVerdict {
        public Paid {
            Objects.requireNonNull(notice, "notice");
        }

        @Override
        public String tradeNo() {
            return notice.tradeNo();
        }
    }

    /** Signed by the gateway but not a completed payment (waiting, closed, another event type): acknowledged, nothing changes. */
    record NotPaid(String tradeNo, String reason) implements NotifyVerdict {
    }

    /** Signature, sign type, merchant or shape wrong: refused so that a real gateway retries. */
    record Rejected(String tradeNo, String reason) implements NotifyVerdict {
    }
}
