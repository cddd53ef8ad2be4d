package spanel.application.payment;

import java.time.Duration;
import spanel.application.job.ScheduledJob;
import spanel.application.payment.port.in.CloseStaleOrders;

/** The payment side's scheduled work. */
public final class PaymentJobs {

    private PaymentJobs() {
    }

    /** Every minute, unpaid top-up orders past ORDER_TTL are closed; one run covers any missed minutes. */
    public static ScheduledJob orderExpiry(CloseStaleOrders closeStaleOrders) {
        return ScheduledJob.sweep("order-expiry", Duration.ofMinutes(1),
                run -> closeStaleOrders.close().count() + " unpaid order(s) closed");
    }
}
