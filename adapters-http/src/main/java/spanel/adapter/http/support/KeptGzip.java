package spanel.adapter.http.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip bodies of one node API's latest full user lists. Nodes of the same class and group are
 * handed the very same listing, so after a change a fleet would otherwise serialise and compress
 * the same list once per node. A body is kept by the listing's identity (held weakly: a listing
 * the service has dropped is not kept alive here) and by the node settings the body shows; the
 * first request builds it and those arriving meanwhile wait for that build. At most {@link #KEPT}
 * bodies, the least recently served dropped first; the uncompressed body is never held whole.
 */
public final class KeptGzip {

    static final int KEPT = 3;

    /**
     * What a full answer is made of: the listing it maps (compared by identity), the settings of
     * the node it is mapped for (compared by equality, and everything the body shows of the node),
     * and the body itself.
     */
    public record Body(Object listing, Object shown, Supplier<Object> body) {
    }

    private record Kept(WeakReference<Object> listing, Object shown, CompletableFuture<byte[]> gzip) {
        boolean holds(Body body) {
            return listing.get() == body.listing() && shown.equals(body.shown());
        }
    }

    /** Newest last; guarded by this object's lock. */
    private final List<Kept> kept = new ArrayList<>();

    /** The body's gzip bytes, built now unless kept. */
    public byte[] gzip(Body body) {
        Kept found = null;
        boolean mine = false;
        synchronized (this) {
            kept.removeIf(k -> k.listing().get() == null);
            for (Kept k : kept) {
                if (k.holds(body)) {
                    found = k;
                }
            }
            if (found == null) {
                found = new Kept(new WeakReference<>(body.listing()), body.shown(), new CompletableFuture<>());
                mine = true;
            } else {
                kept.remove(found);
            }
            kept.add(found);
            while (kept.size() > KEPT) {
                kept.removeFirst();
            }
        }
        if (mine) {
            try {
                found.gzip().complete(compress(body.body().get()));
            } catch (RuntimeException | Error failed) {
                found.gzip().completeExceptionally(failed);
            }
        }
        return result(found);
    }

    private static byte[] compress(Object body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
            CachedJson.write(gzip, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress the answer", e);
        }
        return bytes.toByteArray();
    }

    /** Waits for the build; a failed build is dropped, so the next request builds again. */
    private byte[] result(Kept build) {
        try {
            return build.gzip().join();
        } catch (CompletionException failed) {
            synchronized (this) {
                kept.remove(build);
            }
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
