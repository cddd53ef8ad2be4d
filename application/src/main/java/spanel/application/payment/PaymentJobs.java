package spanel.application.payment;

import java.time.Duration;
import spanel.application.job.ScheduledJob;
import spanel.application.payment.port.in.CloseStaleOrders;
import spanel.application.payment.port.in.ReconcileOrders;

/** The payment side's scheduled work. */
public final class PaymentJobs {

    private PaymentJobs() {
    }

    /** Every minute, unpaid top-up orders past ORDER_TTL are closed; one run covers any missed minutes. */
    public static ScheduledJob orderExpiry(CloseStaleOrders closeStaleOrders) {
        return ScheduledJob.sweep("order-expiry", Duration.ofMinutes(1),
                run -> closeStaleOrders.close().count() + " unpaid order(s) closed");
    }

    /**
     * Every two minutes, the gateways are asked about unpaid orders younger than ORDER_TTL. The
     * gateways' answers take time, so the run is claimed first and its work runs outside the
     * claim's transaction, each order's credit in a transaction of its own.
     */
    public static ScheduledJob orderReconcile(ReconcileOrders reconcile) {
        return ScheduledJob.sweepOutsideTransaction("order-reconcile", Duration.ofMinutes(2), run -> {
            ReconcileOrders.Reconciled done = reconcile.reconcile(ReconcileOrders.Command.sweep());
            return done.checked() + " order(s) checked, " + done.count(ReconcileOrders.Outcome.RECOVERED) + " recovered, "
                    + done.count(ReconcileOrders.Outcome.FAILED) + " failed";
        });
    }
}
