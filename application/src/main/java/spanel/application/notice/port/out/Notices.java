package spanel.application.notice.port.out;

/**
 * Where a use case tells that something should reach someone. Called inside the use case's
 * transaction, the notice is kept with the change that caused it, or not at all; a notice raised
 * again for the same event, recipient and boundary is not kept again.
 */
public interface Notices {

    void raise(Notice notice);

    /** Raises nothing: for a use case built without the outbox (an embedding that sends no notices). */
    static Notices none() {
        return notice -> {
        };
    }
}
