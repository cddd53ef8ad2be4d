package spanel.application.node.port.out;

/** Where operators are told that a node went down or came back (ALERT_WEBHOOK_URL). */
public interface AlertWebhook {

    /**
     * Delivers one alert, within a bounded time.
     *
     * @throws AlertNotDelivered when the receiver did not take it (no answer, not a 2xx)
     */
    void deliver(NodeAlerts.Pending alert);

    /** The receiver did not take the alert; it is tried again on the next run. */
    final class AlertNotDelivered extends RuntimeException {
        public AlertNotDelivered(String reason) {
            super(reason);
        }
    }
}
