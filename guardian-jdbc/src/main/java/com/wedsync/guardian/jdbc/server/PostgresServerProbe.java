package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.server.ServerView;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A PostgreSQL server's view of its connections, read over the probe's own single connection and
 * reused for {@link ServerProbeConfig#refreshInterval()}. {@link #read(Instant)} never throws: a
 * server that cannot be read gives {@link ServerView#unavailable} with a plain reason, never a
 * password. After a failure the connection is dropped and opened again at the next refresh.
 *
 * <p>Thread-safe; a refresh blocks other readers for at most the configured timeouts.
 */
public final class PostgresServerProbe implements AutoCloseable {

    private final ServerProbeConfig config;
    private final Clock clock;
    private final ServerConnector connector;

    private Connection connection;
    private ServerView cached;
    private Instant refreshedAt;
    // A server found not to be PostgreSQL stays so: a configuration error, not worth a connection every refresh.
    private String notPostgres;

    public PostgresServerProbe(ServerProbeConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connector = new ServerConnector(config);
    }

    public String name() {
        return config.name();
    }

    public ServerProbeConfig config() {
        return config;
    }

    /** The view at the clock's instant. */
    public ServerView read() {
        return read(clock.instant());
    }

    /** The cached view while it is younger than the refresh interval, otherwise a fresh one read at {@code now}. */
    public synchronized ServerView read(Instant now) {
        if (cached != null && !now.isBefore(refreshedAt) && now.isBefore(refreshedAt.plus(config.refreshInterval()))) {
            return cached;
        }
        cached = refresh(now);
        refreshedAt = now;
        return cached;
    }

    private ServerView refresh(Instant now) {
        if (notPostgres != null) {
            return ServerView.unavailable(config.name(), now, notPostgres);
        }
        try {
            if (connection == null) {
                String failure = connect();
                if (failure != null) {
                    return ServerView.unavailable(config.name(), now, failure);
                }
            }
            return ActivityQuery.read(connection, config.name(), now, timeoutSeconds());
        } catch (SQLException | RuntimeException e) {
            closeConnection();
            return ServerView.unavailable(config.name(), now, "cannot read pg_stat_activity at "
                    + config.maskedUrl() + ": " + describe(e));
        }
    }

    /** Opens the connection; null when it is open and PostgreSQL, otherwise why not. */
    private String connect() {
        Connection opened;
        try {
            opened = connector.open();
        } catch (SQLException | RuntimeException e) {
            String why = describe(e);
            if (e instanceof SQLException && "08001".equals(((SQLException) e).getSQLState()) && why.startsWith("No suitable driver")) {
                return "no JDBC driver for " + config.maskedUrl();
            }
            return "cannot connect to " + config.maskedUrl() + as() + ": " + why;
        }
        try {
            DatabaseMetaData meta = opened.getMetaData();
            String product = meta.getDatabaseProductName();
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                notPostgres = "not PostgreSQL: " + config.maskedUrl() + " is " + product + " " + meta.getDatabaseProductVersion();
                quietlyClose(opened);
                return notPostgres;
            }
        } catch (SQLException | RuntimeException e) {
            quietlyClose(opened);
            return "cannot identify the database at " + config.maskedUrl() + ": " + describe(e);
        }
        connection = opened;
        return null;
    }

    private String as() {
        return config.user() == null ? "" : " as " + config.user();
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, (config.queryTimeout().toMillis() + 999) / 1000);
    }

    /** The exception's message on one line, with its cause when the message alone says little, scrubbed of secrets. */
    private String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            String causeText = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (!message.contains(causeText)) {
                message += " (" + causeText + ")";
            }
        }
        return config.scrub(message.replaceAll("\\s+", " ").trim());
    }

    private void closeConnection() {
        if (connection != null) {
            quietlyClose(connection);
            connection = null;
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // Closing a broken connection may fail; it is dropped either way.
        }
    }

    @Override
    public synchronized void close() {
        closeConnection();
    }
}
