package spanel.application.notice.port.in;

/** Delivers the notices that are due, each on its channel; every instance calls it on a timer. */
public interface DeliverNotices {

    Delivered deliverDue();

    /**
     * What one call did: deliveries sent, failed and tried again later, given up, and sent but not
     * recorded because the lease had run out (another instance may send those again).
     */
    record Delivered(int sent, int retried, int failed, int leaseLost) {
    }
}
