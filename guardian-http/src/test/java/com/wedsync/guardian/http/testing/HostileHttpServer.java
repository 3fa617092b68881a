package com.wedsync.guardian.http.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server on loopback (port 0) that answers every request with a status and then a body that never ends: either
 * as fast as the client reads ({@link #endless}) or one byte per period ({@link #trickle}). It counts what it wrote
 * and notices when the client hangs up ({@link #awaitClientGone}): the sign that the client cancelled instead of
 * reading on.
 */
public final class HostileHttpServer implements AutoCloseable {

    private static final byte[] CHUNK = new byte[8192];

    static {
        Arrays.fill(CHUNK, (byte) 'x');
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("hostile-http"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("hostile-trickle"));
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch clientGone = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final int status;
    private final Duration period;
    private final long size;

    private HostileHttpServer(int status, Duration period, long size) {
        this.status = status;
        this.period = period;
        this.size = size;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code status}, then writes 8 KB after 8 KB for as long as the client reads. */
    public static HostileHttpServer endless(int status) {
        return new HostileHttpServer(status, null, -1);
    }

    /** Answers {@code status} with a body of exactly {@code size} bytes: a well-behaved server, for comparison. */
    public static HostileHttpServer sized(int status, long size) {
        return new HostileHttpServer(status, null, size);
    }

    /** Answers {@code status}, then writes one byte each {@code period}, forever. */
    public static HostileHttpServer trickle(int status, Duration period) {
        return new HostileHttpServer(status, period, -1);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Body bytes written so far (some may still sit in socket buffers, never read). */
    public long written() {
        return written.get();
    }

    /** True once a write failed because the client closed the connection, within {@code timeout}. */
    public boolean awaitClientGone(Duration timeout) throws InterruptedException {
        return clientGone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().add("Content-Type", "text/plain");
        ex.sendResponseHeaders(status, Math.max(size, 0));
        OutputStream out = ex.getResponseBody();
        try {
            if (size >= 0) {
                for (long left = size; left > 0; left -= CHUNK.length) {
                    out.write(CHUNK, 0, (int) Math.min(left, CHUNK.length));
                    written.addAndGet(Math.min(left, CHUNK.length));
                }
            } else if (period == null) {
                while (closed.getCount() > 0) {
                    out.write(CHUNK);
                    written.addAndGet(CHUNK.length);
                }
            } else {
                out.write('x');
                out.flush();
                written.incrementAndGet();
                CountDownLatch done = new CountDownLatch(1);
                var task = ticker.scheduleAtFixedRate(() -> {
                    try {
                        out.write('x');
                        out.flush();
                        written.incrementAndGet();
                    } catch (IOException e) {
                        clientGone.countDown();
                        done.countDown();
                        throw new IllegalStateException("client gone");
                    }
                }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
                // Bounded: a test that forgets to close still ends this handler within a minute.
                if (!done.await(60, TimeUnit.SECONDS) || closed.getCount() == 0) {
                    task.cancel(true);
                }
            }
        } catch (IOException clientHungUp) {
            clientGone.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        ticker.shutdownNow();
        handlers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
