package spanel.application.node.port.out;

import java.time.Instant;
import java.util.List;

/** The node alerts raised and not yet delivered to ALERT_WEBHOOK_URL. */
public interface NodeAlerts {

    /** Keeps an alert for delivery; an incident's state already raised is not raised again. */
    void raise(NodeAlert alert);

    /** The oldest undelivered alerts first, at most {@code limit}, with their node's name. */
    List<Pending> undelivered(int limit);

    /**
     * Claims an alert as delivered at {@code at}: a guarded update that succeeds for one caller
     * only, and not at all once the alert was delivered. Made in the delivery's transaction, it is
     * taken back when the delivery fails.
     */
    boolean claim(long alertId, Instant at);

    /** Counts a failed delivery attempt and keeps its reason; the alert stays undelivered. */
    void attemptFailed(long alertId, String reason);

    /** An alert waiting for delivery. */
    record Pending(long id, String nodeName, NodeAlert alert) {
    }
}
