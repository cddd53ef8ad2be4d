package spanel.adapter.http.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * HTTP/1.1 connections whose request head (request line and headers) must arrive whole within a
 * deadline from its first byte, or the connection is closed. Jetty's idle timeout starts again with
 * every byte, so a client trickling one header line every few seconds would otherwise hold a
 * connection, and a thread's worth of buffers, for ever. A body is not under this deadline.
 */
public final class HeadDeadline extends HttpConnectionFactory {

    private final long millis;

    public HeadDeadline(HttpConfiguration configuration, Duration deadline) {
        super(configuration);
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the request head deadline must be positive");
        }
        this.millis = deadline.toMillis();
    }

    /** Puts the deadline on a connector's HTTP/1.1 connections; call before the connector starts. */
    public static void install(ServerConnector connector, Duration deadline) {
        HttpConnectionFactory plain = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (plain == null || plain instanceof HeadDeadline) {
            return;
        }
        HeadDeadline bounded = new HeadDeadline(plain.getHttpConfiguration(), deadline);
        bounded.setInputBufferSize(plain.getInputBufferSize());
        bounded.setUseInputDirectByteBuffers(plain.isUseInputDirectByteBuffers());
        bounded.setUseOutputDirectByteBuffers(plain.isUseOutputDirectByteBuffers());
        bounded.setTransferEncodingChunkMaxLength(plain.getTransferEncodingChunkMaxLength());
        // Same protocol name: the new factory takes the old one's place, and stays the default.
        connector.addConnectionFactory(bounded);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        DeadlineConnection connection = new DeadlineConnection(getHttpConfiguration(), connector, endPoint, millis);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    private static final class DeadlineConnection extends HttpConnection {

        private final long millis;
        private final AtomicReference<Scheduler.Task> pending = new AtomicReference<>();
        /** Set when the parser starts a message and cleared when its head is complete or failed. */
        private volatile boolean inHead;

        DeadlineConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint, long millis) {
            super(configuration, connector, endPoint);
            this.millis = millis;
        }

        /** Bytes arrived: if they begin or continue a head and no deadline runs yet, it starts now. */
        @Override
        public void onFillable() {
            if (pending.get() == null && (inHead || getParser().isStart())) {
                Scheduler.Task task = getConnector().getScheduler().schedule(this::expire, millis, TimeUnit.MILLISECONDS);
                if (!pending.compareAndSet(null, task)) {
                    task.cancel();
                }
            }
            super.onFillable();
        }

        @Override
        public void onClose(Throwable cause) {
            headEnded();
            super.onClose(cause);
        }

        private void expire() {
            if (pending.getAndSet(null) != null) {
                getEndPoint().close();
            }
        }

        private void headEnded() {
            inHead = false;
            Scheduler.Task task = pending.getAndSet(null);
            if (task != null) {
                task.cancel();
            }
        }

        @Override
        protected RequestHandler newRequestHandler() {
            return new RequestHandler() {
                @Override
                public void messageBegin() {
                    inHead = true;
                    super.messageBegin();
                }

                @Override
                public boolean headerComplete() {
                    headEnded();
                    return super.headerComplete();
                }

                @Override
                public void badMessage(HttpException failure) {
                    headEnded();
                    super.badMessage(failure);
                }

                @Override
                public void earlyEOF() {
                    headEnded();
                    super.earlyEOF();
                }
            };
        }
    }
}
