package com.wedsync.guardian.jdbc.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;

/**
 * Opens the probe's own connection through {@link DriverManager}, with connect and read timeouts
 * set the way each driver understands them, so a dead server costs one timeout, not a hang.
 */
final class ServerConnector {

    static final String APPLICATION_NAME = "guardian-server-probe";

    private final ServerProbeConfig config;

    ServerConnector(ServerProbeConfig config) {
        this.config = config;
    }

    Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(config.jdbcUrl(), properties());
        try {
            connection.setNetworkTimeout(Runnable::run, (int) config.queryTimeout().toMillis());
        } catch (SQLFeatureNotSupportedException | AbstractMethodError | UnsupportedOperationException e) {
            // Drivers without it (H2) still get the statement's query timeout.
        }
        return connection;
    }

    private Properties properties() {
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        String url = config.jdbcUrl();
        long connectMs = config.connectTimeout().toMillis();
        long queryMs = config.queryTimeout().toMillis();
        if (url.startsWith("jdbc:postgresql:")) {
            // pgjdbc takes seconds; values in the URL still win over these.
            String connectS = Long.toString(Math.max(1, (connectMs + 999) / 1000));
            p.setProperty("connectTimeout", connectS);
            p.setProperty("loginTimeout", connectS);
            p.setProperty("socketTimeout", Long.toString(Math.max(1, (queryMs + 999) / 1000)));
            // A query timeout sends a cancel over a new connection, which waits 10 s by default on a silent server.
            p.setProperty("cancelSignalTimeout", connectS);
            p.setProperty("ApplicationName", APPLICATION_NAME);
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            p.setProperty("connectTimeout", Long.toString(connectMs));
            p.setProperty("socketTimeout", Long.toString(queryMs));
        }
        return p;
    }
}
