package spanel.application.node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Work that arrives together is done together, in one batch. A caller that finds fewer than
 * {@code leaders} batches running (or fewer than {@code fullBatchLeaders} while a full batch's
 * weight is queued) leads one: it takes what is queued (up to {@code maxWeight}) and does it, while
 * the callers behind it queue for the next batch. Once its own item is done, a leader
 * hands the lead to the oldest caller still queued, so nobody waits for more than the batch before
 * its own. There is no thread of its own: batches run on the callers' threads.
 *
 * @param <T> an item of work
 * @param <R> what an item gives back
 */
public final class GroupCommit<T, R> {

    /** Does a batch: one outcome per item, in the items' order. Throwing fails every item of the batch. */
    public interface Batch<T, R> {
        List<Outcome<R>> apply(List<T> items);
    }

    /** An item's result, or why it failed while the rest of its batch went through. */
    public record Outcome<R>(R result, RuntimeException failure) {

        public static <R> Outcome<R> of(R result) {
            return new Outcome<>(result, null);
        }

        public static <R> Outcome<R> failed(RuntimeException failure) {
            return new Outcome<>(null, failure);
        }
    }

    private final Batch<T, R> batch;
    private final int leaders;
    private final int fullBatchLeaders;
    private final int maxWeight;
    private final ToIntFunction<T> weight;
    private final Predicate<RuntimeException> sharedByTheQueue;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
    private int running;
    /** The weight of the queued items no batch has taken yet. */
    private long queuedWeight;

    /**
     * {@code sharedByTheQueue} tells a batch's failure that every item queued behind it would meet
     * too (a database that does not answer): those items get it at once instead of each waiting for
     * its own turn to fail.
     */
    public GroupCommit(Batch<T, R> batch, int leaders, int maxWeight, ToIntFunction<T> weight,
            Predicate<RuntimeException> sharedByTheQueue) {
        this(batch, leaders, leaders, maxWeight, weight, sharedByTheQueue);
    }

    /**
     * As above, and up to {@code fullBatchLeaders} batches at once while a full batch waits: a
     * batch that is not full gains by collecting what arrives while others run, a full one only
     * loses by waiting (a storm of large reports, each a batch of its own, uses every connection).
     */
    public GroupCommit(Batch<T, R> batch, int leaders, int fullBatchLeaders, int maxWeight, ToIntFunction<T> weight,
            Predicate<RuntimeException> sharedByTheQueue) {
        if (leaders < 1 || fullBatchLeaders < leaders || maxWeight < 1) {
            throw new IllegalArgumentException("at least one leader, as many for full batches, and a positive batch weight");
        }
        this.batch = batch;
        this.leaders = leaders;
        this.fullBatchLeaders = fullBatchLeaders;
        this.maxWeight = maxWeight;
        this.weight = weight;
        this.sharedByTheQueue = sharedByTheQueue;
    }

    /** Does the item in the next batch that has room, and returns its result once that batch is done. */
    public R submit(T item) {
        Pending<T, R> mine = new Pending<>(item, weight.applyAsInt(item), lock.newCondition());
        boolean mustLead;
        lock.lock();
        try {
            queue.addLast(mine);
            queuedWeight += mine.weight;
            if (mayLead()) {
                running++;
                mine.leads = true;
            }
            while (!mine.leads && mine.outcome == null) {
                mine.news.awaitUninterruptibly();
            }
            mustLead = mine.outcome == null;
            if (!mustLead && mine.leads) {
                // Handed the lead after another batch had already done this item: pass it on.
                handOver();
            }
        } finally {
            lock.unlock();
        }
        if (mustLead) {
            lead(mine);
        }
        if (mine.outcome.failure() != null) {
            throw mine.outcome.failure();
        }
        return mine.outcome.result();
    }

    /**
     * Runs batches until the leader's own item is done, then passes the lead on (or gives it up).
     * When another leader already took its item, it waits for that batch rather than run empty ones.
     */
    private void lead(Pending<T, R> mine) {
        while (true) {
            List<Pending<T, R>> taken = take();
            if (!taken.isEmpty()) {
                run(taken);
            }
            lock.lock();
            try {
                while (taken.isEmpty() && mine.outcome == null) {
                    mine.news.awaitUninterruptibly();
                }
                if (mine.outcome != null) {
                    handOver();
                    return;
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * The oldest queued caller not yet leading takes this leader's place; with none, or when the
     * place was one of the extra ones for full batches and no full batch waits, it is given up.
     */
    private void handOver() {
        running--;
        if (!mayLead()) {
            return;
        }
        for (Pending<T, R> next : queue) {
            if (!next.leads) {
                running++;
                next.leads = true;
                next.news.signal();
                return;
            }
        }
    }

    /** Whether one more batch may run now. */
    private boolean mayLead() {
        return running < leaders || running < fullBatchLeaders && queuedWeight >= maxWeight;
    }

    private List<Pending<T, R>> take() {
        lock.lock();
        try {
            List<Pending<T, R>> taken = new ArrayList<>();
            int total = 0;
            while (!queue.isEmpty() && (taken.isEmpty() || total + queue.peekFirst().weight <= maxWeight)) {
                Pending<T, R> next = queue.pollFirst();
                total += next.weight;
                taken.add(next);
            }
            queuedWeight -= total;
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** Every item of the batch gets an outcome, even when the batch throws, so no caller waits forever. */
    private void run(List<Pending<T, R>> taken) {
        List<Outcome<R>> outcomes;
        try {
            outcomes = batch.apply(taken.stream().map(p -> p.item).toList());
            if (outcomes.size() != taken.size()) {
                throw new IllegalStateException("a batch of " + taken.size() + " gave " + outcomes.size() + " outcomes");
            }
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            outcomes = taken.stream().<Outcome<R>>map(p -> Outcome.failed(failure)).toList();
            if (sharedByTheQueue.test(failure)) {
                failQueued(failure);
            }
        }
        finish(taken, outcomes);
    }

    private void failQueued(RuntimeException failure) {
        lock.lock();
        try {
            for (Pending<T, R> waiting; (waiting = queue.pollFirst()) != null; ) {
                waiting.outcome = Outcome.failed(failure);
                waiting.news.signal();
            }
            queuedWeight = 0;
        } finally {
            lock.unlock();
        }
    }

    private void finish(List<Pending<T, R>> taken, List<Outcome<R>> outcomes) {
        lock.lock();
        try {
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).outcome = outcomes.get(i);
                taken.get(i).news.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * An item in line; its fields are guarded by the lock. Its caller waits on {@code news}, signalled
     * only when it is handed the lead or its outcome is in: a batch's end wakes its own callers, not
     * everyone in line.
     */
    private static final class Pending<T, R> {
        final T item;
        /** Weighed once, so the queued weight adds up to what is taken off it. */
        final int weight;
        final Condition news;
        boolean leads;
        Outcome<R> outcome;

        Pending(T item, int weight, Condition news) {
            this.item = item;
            this.weight = weight;
            this.news = news;
        }
    }
}
