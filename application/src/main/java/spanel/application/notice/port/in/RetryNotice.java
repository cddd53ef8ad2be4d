package spanel.application.notice.port.in;

/** Puts a delivery that was given up back in line, due now, with its attempts counted afresh. */
public interface RetryNotice {

    Retried retry(long deliveryId);

    /** {@code requeued}: false when the delivery was not given up (sent, still pending, or unknown). */
    record Retried(long deliveryId, boolean requeued) {
    }
}
