package spanel.bootstrap.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a dependency (PostgreSQL, Redis) that a test can cut and restore: cut
 * closes every connection through it and stops listening, so new connections are refused exactly
 * as by a server that is down; restore listens again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private TcpProxy(InetSocketAddress target, int port) {
        this.target = target;
        this.port = port;
    }

    /** A proxy on a free local port, forwarding to {@code host:port}. */
    public static TcpProxy to(String host, int targetPort) {
        try {
            ServerSocket first = listen(0);
            TcpProxy proxy = new TcpProxy(new InetSocketAddress(host, targetPort), first.getLocalPort());
            proxy.serve(first);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Closes every connection and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Accepts and forwards again, on the same port. */
    public synchronized void restore() {
        if (listener == null) {
            try {
                serve(listen(port));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        return socket;
    }

    private void serve(ServerSocket socket) {
        listener = socket;
        Thread.ofVirtual().name("tcp-proxy-" + port).start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connect(client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void connect(Socket client) {
        open.add(client);
        Thread.ofVirtual().start(() -> {
            Socket server = new Socket();
            try {
                server.connect(target, 2_000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(server);
                return;
            }
            open.add(server);
            if (listener == null) {
                closeQuietly(client);
                closeQuietly(server);
                return;
            }
            Thread.ofVirtual().start(() -> pump(client, server));
            pump(server, client);
        });
    }

    /** Copies one direction until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away: the other goes too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already closed.
        }
    }
}
