package com.wedsync.guardian.testing;

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
 * A TCP proxy on loopback that a test controls, to make a database vanish and come back without
 * touching the shared server: it pipes every accepted connection to the target both ways;
 * {@link #cut()} closes every piped socket and stops listening (new connections are refused),
 * {@link #stall()} keeps every socket open but forwards nothing (a server that stops answering),
 * {@link #restore()} listens and forwards again on the same port.
 *
 * <p>Test code only: guardian-core's own classes do no I/O ({@code CoreHasNoIoDependenciesTest} checks
 * them, not its test classes), this lives in core's test-jar so that every module's tests share it.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    private volatile ServerSocket listener;
    private volatile boolean stalled;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    /** A proxy on a free loopback port, forwarding to {@code host:port}. */
    public static TcpProxy to(String host, int port) throws IOException {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    /** The loopback port to connect to instead of the target's. */
    public int port() {
        return port;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        closeQuietly(listener);
        closeAllOpen();
    }

    /** Keeps accepting and holding connections but forwards no byte either way, until {@link #restore()}. */
    public void stall() {
        stalled = true;
    }

    /**
     * Listens and forwards again on the same port. Connections held through a stall are closed:
     * bytes were dropped, so they are as dead as after a real partition.
     */
    public synchronized void restore() throws IOException {
        if (stalled) {
            stalled = false;
            closeAllOpen();
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
        Thread acceptor = new Thread(() -> accept(server), "tcp-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return; // cut() closed the listener
            }
            open.add(client);
            if (stalled) {
                pipe(client, null);
                continue;
            }
            Socket upstream = new Socket();
            open.add(upstream);
            try {
                upstream.connect(target, 2_000);
            } catch (IOException refused) {
                // The target is away: the client sees its connection closed.
                forget(client);
                forget(upstream);
                continue;
            }
            if (server.isClosed()) {
                // cut() while this one was being connected: it must not survive the cut.
                forget(client);
                forget(upstream);
                return;
            }
            pipe(client, upstream);
            pipe(upstream, client);
        }
    }

    /** Copies {@code from} to {@code to} (null: nowhere), dropping the bytes while stalled; closes both at the end. */
    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
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
                // One side went away, or the test cut the proxy; close both below.
            } finally {
                forget(from);
                if (to != null) {
                    forget(to);
                }
            }
        }, "tcp-proxy-pipe-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void closeAllOpen() {
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void forget(Socket s) {
        closeQuietly(s);
        open.remove(s);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
