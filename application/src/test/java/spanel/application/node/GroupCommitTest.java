package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import spanel.application.node.GroupCommit.Outcome;

/** Items that arrive together are done together; each caller gets its own outcome, after its batch. */
class GroupCommitTest {

    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());

    private List<Outcome<Integer>> doubled(List<Integer> items) {
        batches.add(List.copyOf(items));
        return items.stream().map(i -> i < 0 ? Outcome.<Integer>failed(new IllegalArgumentException("negative " + i))
                : Outcome.of(2 * i)).toList();
    }

    @Test
    void itemsThatArriveWhileABatchRunsAreDoneTogetherInTheNextOneAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                firstRunning.countDown();
                await(releaseFirst);
            }
            return doubled(items);
        }, 1, 100, i -> 1, failure -> false);
        List<Thread> callers = new ArrayList<>();
        List<Integer> results = Collections.synchronizedList(new ArrayList<>());
        callers.add(Thread.ofPlatform().start(() -> results.add(commit.submit(0))));
        await(firstRunning);
        for (int i = 1; i <= 3; i++) {
            int item = i;
            callers.add(Thread.ofPlatform().start(() -> results.add(commit.submit(item))));
        }
        callers.subList(1, 4).forEach(GroupCommitTest::awaitQueued);

        releaseFirst.countDown();
        for (Thread caller : callers) {
            caller.join();
        }

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly(0);
        assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(results).containsExactlyInAnyOrder(0, 2, 4, 6);
    }

    @Test
    void anItemRefusedByItsBatchFailsAloneAndABatchThatThrowsFailsEachOfItsItems() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::doubled, 1, 100, i -> 1, failure -> false);
        assertThat(commit.submit(4)).isEqualTo(8);
        assertThatThrownBy(() -> commit.submit(-1)).hasMessage("negative -1");

        GroupCommit<Integer, Integer> broken = new GroupCommit<>(items -> {
            throw new IllegalStateException("the database does not answer");
        }, 1, 100, i -> 1, failure -> false);
        assertThatThrownBy(() -> broken.submit(1)).hasMessage("the database does not answer");
        assertThatThrownBy(() -> broken.submit(2)).as("the next caller leads again").hasMessage("the database does not answer");
    }

    @Test
    void aFailureEveryQueuedItemWouldMeetAnswersTheQueueAtOnce() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<Integer> applied = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            applied.addAll(items);
            firstRunning.countDown();
            await(releaseFirst);
            throw new IllegalStateException("the database does not answer");
        }, 1, 100, i -> 1, failure -> failure.getMessage().contains("does not answer"));
        List<Thread> callers = new ArrayList<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 3; i++) {
            int item = i;
            callers.add(Thread.ofPlatform().start(() -> {
                try {
                    commit.submit(item);
                } catch (IllegalStateException e) {
                    failures.add(e.getMessage());
                }
            }));
            if (i == 0) {
                await(firstRunning);
            }
        }
        callers.subList(1, 3).forEach(GroupCommitTest::awaitQueued);

        releaseFirst.countDown();
        for (Thread caller : callers) {
            caller.join();
        }

        assertThat(failures).hasSize(3).containsOnly("the database does not answer");
        assertThat(applied).as("the queued items were never tried").containsExactly(0);
    }

    @Test
    void manyCallersAtOnceEachGetTheirOwnResultWithNoMoreBatchesRunningThanLeadersNorHeavierThanTheLimit()
            throws Exception {
        AtomicInteger running = new AtomicInteger();
        ConcurrentLinkedQueue<Integer> mostRunning = new ConcurrentLinkedQueue<>();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            mostRunning.add(running.incrementAndGet());
            try {
                return doubled(items);
            } finally {
                running.decrementAndGet();
            }
        }, 2, 10, i -> 1 + i % 4, failure -> false);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 2_000; i++) {
                int item = i;
                results.add(callers.submit(() -> commit.submit(item)));
            }
        }

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get()).isEqualTo(2 * i);
        }
        assertThat(mostRunning).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(batches).allSatisfy(batch -> assertThat(batch.size() == 1
                || batch.stream().mapToInt(i -> 1 + i % 4).sum() <= 10).as(batch.toString()).isTrue());
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(2_000);
    }

    /** Until the caller waits in line for its batch (parked on the line's condition, not on the lock). */
    @Test
    @Timeout(10)
    void fullBatchesRunOnTheExtraLeadersAtOnceWhileBatchesThatAreNotFullWaitForTheOneLeader() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            await(release);
            running.decrementAndGet();
            return doubled(items);
        }, 1, 3, 10, i -> i, failure -> false);

        // Three items that each fill a batch: three batches at once.
        List<Thread> full = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            full.add(Thread.ofPlatform().start(() -> commit.submit(10)));
        }
        while (running.get() < 3) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread caller : full) {
            caller.join();
        }
        assertThat(most).hasValue(3);
        assertThat(batches).containsExactly(List.of(10), List.of(10), List.of(10));

        // Light items: one batch at a time, the rest collected behind it.
        batches.clear();
        most.set(0);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<Integer, Integer> light = new GroupCommit<>(items -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (items.contains(1)) {
                firstRunning.countDown();
                await(releaseFirst);
            }
            running.decrementAndGet();
            return doubled(items);
        }, 1, 3, 10, i -> 1, failure -> false);
        List<Thread> callers = new ArrayList<>();
        callers.add(Thread.ofPlatform().start(() -> light.submit(1)));
        await(firstRunning);
        for (int i = 2; i <= 4; i++) {
            int item = i;
            callers.add(Thread.ofPlatform().start(() -> light.submit(item)));
        }
        callers.subList(1, 4).forEach(GroupCommitTest::awaitQueued);
        releaseFirst.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        assertThat(most).hasValue(1);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder(2, 3, 4);
    }

    private static void awaitQueued(Thread caller) {
        while (!(LockSupport.getBlocker(caller) instanceof AbstractQueuedSynchronizer.ConditionObject)) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
