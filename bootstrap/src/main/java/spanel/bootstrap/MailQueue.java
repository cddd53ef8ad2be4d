package spanel.bootstrap;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One daemon thread that sends mail in order, off the request path. */
final class MailQueue implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);

    /** How long a stop waits for mail already queued. */
    static final long STOP_MAIL_SECONDS = 10;

    private final ExecutorService queue = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "spanel-mail");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs the task on the queue; a mail that fails is logged (without its link) and dropped. */
    @Override
    public void execute(Runnable task) {
        queue.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("sending a password-reset mail failed: {}", e.getMessage());
            }
        });
    }

    /** A reset link already asked for still goes out, unless the mail server takes too long. */
    void stop() {
        queue.shutdown();
        try {
            if (!queue.awaitTermination(STOP_MAIL_SECONDS, TimeUnit.SECONDS)) {
                queue.shutdownNow();
            }
        } catch (InterruptedException e) {
            queue.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Drops what is queued: the start failed. */
    void stopNow() {
        queue.shutdownNow();
    }
}
