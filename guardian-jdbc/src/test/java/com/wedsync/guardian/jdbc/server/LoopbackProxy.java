package com.wedsync.guardian.jdbc.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that a test controls: it pipes every accepted connection to the target
 * both ways; {@link #cut()} closes every piped socket and stops listening (new connections are
 * refused), {@link #stall()} keeps every socket open but forwards nothing (a server that stops
 * answering), {@link #restore()} listens and forwards again on the same port. Reusable by any test that needs a
 * database to vanish and come back without touching the shared server.
 */
final class LoopbackProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    private volatile ServerSocket listener;
    private volatile boolean stalled;

    private LoopbackProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    static LoopbackProxy to(String host, int port) throws IOException {
        return new LoopbackProxy(new InetSocketAddress(host, port));
    }

    int port() {
        return port;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #restore()}. */
    synchronized void cut() {
        closeQuietly(listener);
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    /** Keeps accepting and holding connections but forwards no byte either way, until {@link #restore()}. */
    void stall() {
        stalled = true;
    }

    /**
     * Listens and forwards again on the same port. Connections held through a stall are closed:
     * bytes were dropped, so they are as dead as after a real partition.
     */
    synchronized void restore() throws IOException {
        if (stalled) {
            stalled = false;
            for (Socket s : open) {
                closeQuietly(s);
            }
            open.clear();
        }
        if (!listener.isClosed()) {
            return;
        }
        listener = listen(port);
        startAccepting(listener);
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return server;
    }

    private void startAccepting(ServerSocket server) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    open.add(client);
                    if (stalled) {
                        pipe(client, null);
                        continue;
                    }
                    Socket upstream = new Socket();
                    open.add(upstream);
                    upstream.connect(target, 2_000);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // The listener was closed by cut(), or the target refused: the client sees a closed socket.
                }
            }
        }, "loopback-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Copies {@code from} to {@code to} (null: nowhere), dropping the bytes while stalled. */
    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (!stalled) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // One side went away; close both below.
            } finally {
                closeQuietly(from);
                open.remove(from);
                if (to != null) {
                    closeQuietly(to);
                    open.remove(to);
                }
            }
        }, "loopback-proxy-pipe-" + port);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
