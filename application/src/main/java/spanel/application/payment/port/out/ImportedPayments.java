package spanel.application.payment.port.out;

/** Payments the panel an installation was imported from had already taken, by trade number. */
public interface ImportedPayments {

    /** Whether a paid order imported from the old panel carries this trade number. */
    boolean paidBefore(String tradeNo);
}
