package spanel.application.node;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import spanel.application.node.port.out.NodeUserQuery.Listing;

/**
 * The last few listings, by the node class and group they were chosen for and the user list
 * generation read before them. A new generation is a new key, so a write committed anywhere (on
 * any instance) is never answered from here; time is checked against each listing's own first
 * expiry. After a change, the nodes that share a class and group share one listing instead of each
 * running the eligibility query. Keeping a listing drops those of older generations: no node is
 * answered from them again, and a large list should not be held twice.
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

    Listing get(Key key, Instant now, Supplier<Listing> list) {
        Listing kept = kept(key);
        if (kept != null && kept.changesAt().map(now::isBefore).orElse(true)) {
            return kept;
        }
        Listing fresh = list.get();
        keep(key, fresh);
        return fresh;
    }

    private synchronized Listing kept(Key key) {
        return listings.get(key);
    }

    private synchronized void keep(Key key, Listing listing) {
        listings.keySet().removeIf(kept -> kept.generation() < key.generation());
        listings.put(key, listing);
    }
}
