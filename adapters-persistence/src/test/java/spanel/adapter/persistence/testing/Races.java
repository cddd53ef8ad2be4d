package spanel.adapter.persistence.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import spanel.domain.error.Refusal;

/** Concurrent attempts for race tests. */
public final class Races {

    private Races() {
    }

    /** Runs n attempts at once (released together) and answers each one's result or refusal. */
    public static List<Object> race(int n, IntFunction<Callable<Object>> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                Callable<Object> call = attempt.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (Refusal refusal) {
                        return refusal;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }
}
