package spanel.application.node;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import spanel.application.node.port.out.NodeUserQuery.Listing;

/**
 * The last few listings, by the node class and group they were chosen for and the user list
 * generation read before them. A new generation is a new key, so a write committed anywhere (on
 * any instance) is never answered from here; time is checked against each listing's own first
 * expiry. After a change, the nodes that share a class and group share one listing instead of each
 * running the eligibility query: the first to ask builds it, and those that ask meanwhile wait for
 * that build rather than start their own (a fleet polling after a change would otherwise hold as
 * many copies of a large list at once). Keeping a listing drops those of older generations: no
 * node is answered from them again, and a large list should not be held twice.
 */
final class RecentListings {

    private static final int KEPT = 4;

    record Key(int nodeClass, int nodeGroup, long generation) {
    }

    private final Map<Key, Listing> listings = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Listing> eldest) {
            return size() > KEPT;
        }
    };

    /** Builds under way, by key; guarded by this object's lock, as {@link #listings} is. */
    private final Map<Key, FutureTask<Listing>> building = new HashMap<>();

    Listing get(Key key, Instant now, Supplier<Listing> list) {
        FutureTask<Listing> build;
        boolean mine = false;
        synchronized (this) {
            Listing kept = listings.get(key);
            if (kept != null && kept.changesAt().map(now::isBefore).orElse(true)) {
                return kept;
            }
            build = building.get(key);
            if (build == null) {
                build = new FutureTask<>(list::get);
                building.put(key, build);
                mine = true;
            }
        }
        if (mine) {
            build.run();
            synchronized (this) {
                building.remove(key);
                if (!build.isCancelled() && outcome(build) != null) {
                    listings.keySet().removeIf(kept -> kept.generation() < key.generation());
                    listings.put(key, outcome(build));
                }
            }
        }
        return result(build);
    }

    /** The build's listing, or null when it failed; it has finished. */
    private static Listing outcome(FutureTask<Listing> build) {
        try {
            return build.get();
        } catch (ExecutionException | InterruptedException failed) {
            return null;
        }
    }

    /** Waits for the build; its failure is every waiter's failure, as it would have been their own. */
    private static Listing result(FutureTask<Listing> build) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return build.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
