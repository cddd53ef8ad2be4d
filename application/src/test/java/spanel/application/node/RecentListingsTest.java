package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import spanel.application.node.port.out.NodeUserQuery.Listing;

/** Nodes that ask for the same listing while it is being built wait for that build instead of starting their own. */
class RecentListingsTest {

    private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");
    private static final RecentListings.Key KEY = new RecentListings.Key(0, 0, 7);

    private final RecentListings recent = new RecentListings();
    private final AtomicInteger builds = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    private final Supplier<Listing> slowBuild = () -> {
        builds.incrementAndGet();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Listing(List.of(), Optional.empty());
    };

    @Test
    void eightNodesAskingAtOnceAfterAChangeShareOneBuild() throws Exception {
        List<Listing> answers = new ArrayList<>();
        List<Thread> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread node = new Thread(() -> {
                Listing listing = recent.get(KEY, NOW, slowBuild);
                synchronized (answers) {
                    answers.add(listing);
                }
            });
            nodes.add(node);
            node.start();
        }
        // Every node is waiting (on the one build, or, were each to build, inside its own) before it may finish.
        for (Thread node : nodes) {
            while (node.getState() != Thread.State.WAITING && node.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(1);
            }
        }
        release.countDown();
        for (Thread node : nodes) {
            node.join(10_000);
        }

        assertThat(builds).hasValue(1);
        assertThat(answers).hasSize(8).allSatisfy(listing -> assertThat(listing).isSameAs(answers.get(0)));
        assertThat(recent.get(KEY, NOW, slowBuild)).isSameAs(answers.get(0));
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildFailsItsWaitersAndTheNextAskBuildsAgain() {
        assertThatThrownBy(() -> recent.get(KEY, NOW, () -> {
            throw new IllegalStateException("the database does not answer");
        })).hasMessage("the database does not answer");

        release.countDown();
        assertThat(recent.get(KEY, NOW, slowBuild)).isNotNull();
        assertThat(builds).hasValue(1);
    }
}
