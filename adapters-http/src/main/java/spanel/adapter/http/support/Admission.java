package spanel.adapter.http.support;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission for one class of heavy requests (node traffic reports): at most {@code concurrent} run
 * at once, at most {@code waiting} more wait in line for up to {@code maxWait}; anything beyond is
 * answered at once with 503 and a Retry-After spread over a range, so refused nodes do not all come
 * back in the same second. A request that waits or is refused has not read its body yet: that is
 * what keeps a storm from costing the CPU the other routes need. A refused request's body is read
 * and dropped before the answer, so the client is not reset while it is still sending.
 */
public final class Admission {

    private final Semaphore running;
    private final int waitingLimit;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration maxWait;
    private final int retryAfterMin;
    private final int retryAfterMax;
    private final long maxBodyBytes;

    public Admission(int concurrent, int waitingLimit, Duration maxWait, int retryAfterMin, int retryAfterMax,
            long maxBodyBytes) {
        if (concurrent < 1 || waitingLimit < 0 || retryAfterMin < 1 || retryAfterMax < retryAfterMin) {
            throw new IllegalArgumentException("admission limits out of range");
        }
        this.running = new Semaphore(concurrent, true);
        this.waitingLimit = waitingLimit;
        this.maxWait = maxWait;
        this.retryAfterMin = retryAfterMin;
        this.retryAfterMax = retryAfterMax;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The handler behind this admission. */
    public Handler admit(Handler handler) {
        return ctx -> {
            if (!enter()) {
                refuse(ctx);
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                running.release();
            }
        };
    }

    private boolean enter() throws InterruptedException {
        if (running.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > waitingLimit) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    private void refuse(Context ctx) {
        drain(ctx);
        int retryAfter = ThreadLocalRandom.current().nextInt(retryAfterMin, retryAfterMax + 1);
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
