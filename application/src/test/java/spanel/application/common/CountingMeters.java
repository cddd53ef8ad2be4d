package spanel.application.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import spanel.application.job.port.out.JobMeter;
import spanel.application.node.port.out.TrafficMeter;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.shop.port.out.PurchaseMeter;
import spanel.domain.money.Money;

/** Every meter, counting in memory what it is told, so a test can check what a use case reported. */
public final class CountingMeters implements TrafficMeter, PurchaseMeter, PaymentMeter, JobMeter {

    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    private void add(String what, long amount) {
        counts.merge(what, amount, Long::sum);
    }

    /** What was counted under {@code what}: "applied", "raw bytes", "runs reset", "notify epay credited"… */
    public long count(String what) {
        return counts.getOrDefault(what, 0L);
    }

    @Override
    public void applied(long rawBytes, long billedBytes) {
        add("applied", 1);
        add("raw bytes", rawBytes);
        add("billed bytes", billedBytes);
    }

    @Override
    public void repeated() {
        add("repeated", 1);
    }

    @Override
    public void refused() {
        add("refused", 1);
    }

    @Override
    public void bought(Money paid) {
        add("purchases", 1);
        add("paid fen", paid.fen());
    }

    @Override
    public void topUpCreated(String gateway) {
        add("top-up " + gateway, 1);
    }

    @Override
    public void notifyHandled(String gateway, String outcome) {
        add("notify " + gateway + " " + outcome, 1);
    }

    @Override
    public void reconciled(String gateway, String outcome) {
        add("reconciled " + gateway + " " + outcome, 1);
    }

    @Override
    public void ran(String job) {
        add("runs " + job, 1);
    }

    @Override
    public void failed(String job) {
        add("failures " + job, 1);
    }
}
