package com.wedsync.guardian.hikari.jmx;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JMX connection to a remote JVM, (re)connected on demand. JMX over RMI has no timeouts of its own
 * (only JVM-wide system properties), so each connect and each call runs on a worker thread and the tick
 * waits at most {@link JmxTarget#timeout()}; a call that fails on I/O or times out drops the connection,
 * and the next attempt waits for the backoff.
 */
final class JmxConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JmxConnection.class);

    // Shared by every remote pool: the threads only wait on sockets, and a stuck one must not stall the next tick.
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "guardian-jmx");
        t.setDaemon(true);
        return t;
    });

    /** A call that needs the remote JVM. */
    @FunctionalInterface
    interface Call<T> {
        T run(MBeanServerConnection mbeans) throws Exception;
    }

    /** The remote JVM cannot be reached now; the message is safe to show (no secret). */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private final JmxTarget target;
    private final Backoff backoff;
    private JMXConnector connector;
    private MBeanServerConnection mbeans;
    private String lostBecause = "not connected yet";

    JmxConnection(JmxTarget target) {
        this.target = target;
        this.backoff = new Backoff(target.initialBackoff(), target.maxBackoff());
    }

    /**
     * Runs {@code call} on the remote JVM, connecting first when the backoff allows.
     *
     * @throws Unavailable when there is no connection, or it was lost during the call
     * @throws Exception   what the call itself threw (an MBean missing, say); the connection stays
     */
    synchronized <T> T call(Instant now, Call<T> call) throws Exception {
        if (mbeans == null) {
            connect(now);
        }
        MBeanServerConnection current = mbeans;
        try {
            return bounded(() -> call.run(current));
        } catch (IOException | TimeoutException e) {
            lost(now, e);
            throw unavailable();
        }
    }

    @Override
    public synchronized void close() {
        drop();
        lostBecause = "closed";
    }

    private void connect(Instant now) throws Unavailable {
        if (!backoff.allows(now)) {
            throw unavailable();
        }
        Map<String, Object> env = new HashMap<>();
        if (!target.username().isEmpty()) {
            env.put(JMXConnector.CREDENTIALS, new String[] {target.username(), target.password()});
        }
        CompletableFuture<JMXConnector> attempt = CompletableFuture.supplyAsync(() -> {
            try {
                return JMXConnectorFactory.connect(target.serviceUrl(), env);
            } catch (IOException e) {
                throw new ConnectFailure(e);
            }
        }, WORKERS);
        try {
            JMXConnector c = attempt.get(target.timeout().toMillis(), TimeUnit.MILLISECONDS);
            MBeanServerConnection m = c.getMBeanServerConnection();
            connector = c;
            mbeans = m;
            backoff.succeeded();
            LOG.info("JMX connection to {} for pool {} established", target.displayUrl(), target.name());
        } catch (TimeoutException e) {
            // It may still succeed later: close what it opens then.
            attempt.thenAccept(JmxConnection::closeQuietly);
            lost(now, e);
            throw unavailable();
        } catch (ExecutionException | IOException | RuntimeException e) {
            lost(now, e instanceof ExecutionException ? e.getCause() : e);
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while connecting to " + target.displayUrl());
        }
    }

    private <T> T bounded(Callable<T> task) throws Exception {
        CompletableFuture<T> f = CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (Exception e) {
                throw new CallFailure(e);
            }
        }, WORKERS);
        try {
            return f.get(target.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CallFailure cf ? cf.getCause() : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private Unavailable unavailable() {
        return new Unavailable(lostBecause + "; next attempt at " + backoff.nextAttempt());
    }

    private void lost(Instant now, Throwable cause) {
        boolean wasConnected = mbeans != null;
        drop();
        backoff.failed(now);
        lostBecause = "JMX connection to " + target.displayUrl() + (wasConnected ? " lost: " : " failed: ") + describe(cause);
        LOG.warn("Pool {}: {}; next attempt at {}", target.name(), lostBecause, backoff.nextAttempt());
    }

    private void drop() {
        JMXConnector c = connector;
        connector = null;
        mbeans = null;
        if (c != null) {
            // Closing a half-dead RMI connection can block: not on the tick's thread.
            WORKERS.execute(() -> closeQuietly(c));
        }
    }

    private String describe(Throwable t) {
        if (t instanceof ConnectFailure) {
            t = t.getCause();
        }
        if (t instanceof TimeoutException) {
            return "no answer within " + target.timeout().toMillis() + " ms";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        if (root != t) {
            text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                    + " (" + t.getClass().getSimpleName() + ")";
        }
        return target.mask(text);
    }

    private static void closeQuietly(JMXConnector c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is gone either way
        }
    }

    /** Carries a connect failure out of the worker. */
    private static final class ConnectFailure extends RuntimeException {
        ConnectFailure(IOException cause) {
            super(cause);
        }
    }

    /** Carries a call's checked exception out of the worker. */
    private static final class CallFailure extends RuntimeException {
        CallFailure(Exception cause) {
            super(cause);
        }
    }
}
