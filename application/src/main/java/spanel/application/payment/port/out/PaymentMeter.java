package spanel.application.payment.port.out;

/**
 * Top-ups and gateway notifications, for the operator's graphs. {@code gateway} is always the name
 * of an enabled gateway, or {@link #UNKNOWN_GATEWAY}, so a caller cannot invent new series.
 */
public interface PaymentMeter {

    String UNKNOWN_GATEWAY = "unknown";

    void topUpCreated(String gateway);

    /** {@code outcome}: credited, already_credited, not_paid or rejected. */
    void notifyHandled(String gateway, String outcome);

    /** An unpaid order asked about at its gateway; {@code outcome}: recovered, already_paid, unpaid, closed, flagged or failed. */
    void reconciled(String gateway, String outcome);
}
