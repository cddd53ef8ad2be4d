package spanel.adapter.http.support;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import spanel.application.node.port.in.IngestSettings;

/**
 * Admission for one class of heavy requests (node traffic reports): at most {@code concurrent} run
 * at once, at most {@code waiting} more wait in line for up to {@code maxWait}, as many as the line
 * (at the pace admitted requests have been finishing) lets in within that time; anything beyond is
 * answered at once with 503 and a Retry-After that gives it a turn behind the line and the refusals
 * before it ({@link RetryTurns}), early enough to wait in line for the last part of it, within a
 * range: refused nodes come back about as fast as reports are applied, neither all in the same
 * second nor long after the line has emptied. A request that waits or is refused has not read its
 * body yet: that is what keeps a storm from costing the CPU the other routes need. A refused request's body is read
 * and dropped before the answer, so the client is not reset while it is still sending.
 *
 * <p>A place is weighed by the body's declared length: a report of 64 KiB or more (about 1,300
 * users), or of unknown length, takes a whole place; a smaller one takes a share of one, down to a
 * sixteenth. One-user reports are cheap to read and are applied together in batches, so sixteen of
 * them run where one 1,000-user report would.
 */
public final class Admission {

    static final long SHARE_BYTES = 4 * 1024;
    /** How long a place is held, until admitted requests have shown it. */
    static final Duration FIRST_GUESS = Duration.ofMillis(100);

    private final Semaphore running;
    private final int sharesPerPlace;
    private final int waitingLimit;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger waitingShares = new AtomicInteger();
    private final Duration maxWait;
    private final RetryTurns turns;
    private final long maxBodyBytes;

    /** The node traffic reports' admission: a place per ingest connection, and the line and Retry-After the settings give. */
    public static Admission forIngest(IngestSettings ingest, long maxBodyBytes) {
        return new Admission(ingest.poolSize(), ingest.sharesPerPlace(), ingest.poolSize() * ingest.waitingPerPlace(),
                ingest.lineWait(), ingest.retryAfterMinSeconds(), ingest.retryAfterMaxSeconds(), maxBodyBytes);
    }

    public Admission(int concurrent, int sharesPerPlace, int waitingLimit, Duration maxWait, int retryAfterMin,
            int retryAfterMax, long maxBodyBytes) {
        if (concurrent < 1 || sharesPerPlace < 1 || waitingLimit < 0 || retryAfterMin < 1 || retryAfterMax < retryAfterMin) {
            throw new IllegalArgumentException("admission limits out of range");
        }
        this.sharesPerPlace = sharesPerPlace;
        this.running = new Semaphore(concurrent * sharesPerPlace, true);
        this.waitingLimit = waitingLimit;
        this.maxWait = maxWait;
        // Come back up to a second (what a whole-second Retry-After rounds up by) less than maxWait
        // before the turn, and wait in line for the rest.
        long lead = Math.max(0, maxWait.toNanos() - Duration.ofSeconds(1).toNanos());
        this.turns = new RetryTurns(concurrent * sharesPerPlace, retryAfterMin, retryAfterMax, FIRST_GUESS.toNanos(), lead);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The handler behind this admission. */
    public Handler admit(Handler handler) {
        return ctx -> {
            int shares = shares(ctx.req().getContentLengthLong(), sharesPerPlace);
            if (!enter(shares)) {
                refuse(ctx, shares);
                return;
            }
            long admitted = System.nanoTime();
            try {
                handler.handle(ctx);
            } finally {
                running.release(shares);
                turns.held(System.nanoTime() - admitted);
            }
        };
    }

    /** The shares of a place a body of this declared length (-1: unknown) takes. */
    static int shares(long contentLength, int sharesPerPlace) {
        if (contentLength < 0) {
            return sharesPerPlace;
        }
        return Math.clamp((contentLength + SHARE_BYTES - 1) / SHARE_BYTES, 1, sharesPerPlace);
    }

    private boolean enter(int shares) throws InterruptedException {
        if (running.tryAcquire(shares)) {
            return true;
        }
        // A request waits only where the line, as fast as it has been moving, lets it in within
        // maxWait: one that would time out in line is better told its turn at once.
        if (waiting.incrementAndGet() > waitingLimit
                || !turns.inLineWithin(waitingShares.get() + shares, maxWait.toNanos())) {
            waiting.decrementAndGet();
            return false;
        }
        waitingShares.addAndGet(shares);
        try {
            return running.tryAcquire(shares, maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            waitingShares.addAndGet(-shares);
            waiting.decrementAndGet();
        }
    }

    private void refuse(Context ctx, int shares) {
        int retryAfter = turns.retryAfter(shares, waitingShares.get(), System.nanoTime());
        drain(ctx);
        ErrorMapping.unavailable(ctx, retryAfter, "busy", "too many reports at once, send it again later");
    }

    /** Reads what the client sends, up to the body limit, without keeping it. */
    private void drain(Context ctx) {
        try {
            InputStream body = ctx.req().getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while (total <= maxBodyBytes && (read = body.read(buffer)) != -1) {
                total += read;
            }
        } catch (IOException e) {
            // The client went away: there is nobody left to answer.
        }
    }
}
