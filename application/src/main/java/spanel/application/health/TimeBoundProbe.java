package spanel.application.health;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import spanel.application.health.port.out.DependencyProbe;
import spanel.domain.health.DependencyState;

/**
 * A probe that answers within its limit: a dependency that has not answered by then is DOWN. A
 * database that does not answer would otherwise hold /health for as long as its connection attempt.
 */
public final class TimeBoundProbe implements DependencyProbe {

    // Platform threads: the OS schedules them even when a storm keeps every virtual-thread carrier busy.
    private static final ExecutorService PROBES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "spanel-health-probe");
        thread.setDaemon(true);
        return thread;
    });

    private final DependencyProbe probe;
    private final Duration limit;

    public TimeBoundProbe(DependencyProbe probe, Duration limit) {
        this.probe = Objects.requireNonNull(probe);
        this.limit = Objects.requireNonNull(limit);
    }

    @Override
    public DependencyState probe() {
        Future<DependencyState> answer = PROBES.submit(probe::probe);
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            answer.cancel(true);
            return DependencyState.DOWN;
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return DependencyState.DOWN;
        }
    }
}
