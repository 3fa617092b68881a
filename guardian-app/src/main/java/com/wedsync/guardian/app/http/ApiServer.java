package com.wedsync.guardian.app.http;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The guardian's HTTP API on Jetty. Routes are {@code METHOD /path/{param}}; every mutating route requires
 * {@code Authorization: Bearer <admin token>} (401 without, 403 when none is configured); when a read token is
 * configured every other route but the open ones (the health check) requires it or the admin token.
 *
 * <p>Slow clients cannot freeze it (issue 10): Jetty parses request heads without holding a thread, a head not
 * complete within the read timeout closes its connection ({@link StalledConnections}), a body is read only for a
 * route that takes one, asynchronously, at most {@link #MAX_BODY} bytes and within the read timeout.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** A request body larger than this is refused: the API takes small JSON documents only. */
    static final int MAX_BODY = 64 * 1024;
    /**
     * A body announced larger than {@link #MAX_BODY} but not larger than this is read and dropped before the 413, so
     * that a client still sending it reads the answer instead of a reset (Tomcat's {@code maxSwallowSize}, 2 MB, is
     * the same idea); one announced larger is refused at once and its connection closed.
     */
    static final int MAX_SWALLOW = 1024 * 1024;
    /** Request line and headers together: far above any real client, far below what would cost memory. */
    private static final int MAX_HEAD = 8 * 1024;
    /** Open connections at most; slow ones are closed within two read timeouts, so this is never reached by them. */
    private static final int MAX_CONNECTIONS = 512;
    private static final int MAX_THREADS = 24;
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** How long a response may wait on a client that does not read it. */
    private static final Duration WRITE_IDLE = Duration.ofSeconds(30);

    private final Server server;
    private final ServerConnector connector;

    private ApiServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("HTTP API did not stop cleanly: {}", e.getClass().getSimpleName());
        }
    }

    /** Collects routes, then binds. */
    public static final class Builder {
        private final RouteTable table = new RouteTable();
        private String adminToken;
        private String readToken;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;

        /** The routes this server will serve; {@code GuardianApi} registers its own here. */
        public RouteTable table() {
            return table;
        }

        /** A read route: open, or behind the read token when one is configured. */
        public Builder get(String path, Function<ApiRequest, ApiResponse> handler) {
            table.get(path, handler);
            return this;
        }

        /** Makes the read route at {@code path} callable by anyone, even when a read token is configured: the health check. */
        public Builder open(String path) {
            table.open(path);
            return this;
        }

        /** A mutating route: needs the admin bearer token; the only kind whose body is read. */
        public Builder post(String path, Function<ApiRequest, ApiResponse> handler) {
            table.post(path, handler);
            return this;
        }

        /** A webhook: no bearer token, its body read; the handler must verify the sender's signature first. */
        public Builder webhook(String path, Function<ApiRequest, ApiResponse> handler) {
            table.webhook(path, handler);
            return this;
        }

        public Builder adminToken(String token) {
            this.adminToken = token;
            return this;
        }

        /** The bearer token every read route but the open ones requires (the admin token is accepted too). */
        public Builder readToken(String token) {
            this.readToken = token;
            return this;
        }

        /** The time a client has to send a request's head, and again its body (default 10 s). */
        public Builder readTimeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero() || value.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("readTimeout must be between 1 ms and 5 min, but was " + value);
            }
            this.readTimeout = value;
            return this;
        }

        public ApiServer start(String host, int port) throws IOException {
            Objects.requireNonNull(host, "host");
            QueuedThreadPool workers = new QueuedThreadPool(MAX_THREADS, 4);
            workers.setName("guardian-http");
            workers.setDaemon(true);
            Server server = new Server(workers);
            HttpConfiguration http = new HttpConfiguration();
            http.setRequestHeaderSize(MAX_HEAD);
            http.setSendServerVersion(false);
            ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(WRITE_IDLE.toMillis());
            StalledConnections stalled = new StalledConnections(readTimeout);
            connector.addBean(stalled);
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
            server.setErrorHandler(new JsonErrors());
            server.setHandler(new ApiHandler(table.routes(), new ApiTokens(adminToken, readToken), readTimeout, stalled, workers));
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server);
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            stalled.start(server.getScheduler());
            if (readToken == null && !loopback(host)) {
                LOG.warn("the HTTP API listens on {} beyond loopback with no read token: anyone who reaches it can read"
                        + " couples' names and venues; set http.readToken", host);
            }
            return new ApiServer(server, connector);
        }
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // it did not start; nothing of it is left running
        }
    }
}
