package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.secret.Redactor;

import com.wedsync.guardian.config.Setting;

import java.time.Duration;

/**
 * How to reach one database server for its view of its connections. Immutable; made by
 * {@link #builder()}, whose setters reject bad values naming the field and the value. The password
 * never appears in {@link #toString()} nor in any message.
 */
public final class ServerProbeConfig {

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Duration refreshInterval;
    private final Duration connectTimeout;
    private final Duration queryTimeout;

    private ServerProbeConfig(Builder b) {
        this.name = b.name;
        this.jdbcUrl = b.jdbcUrl;
        this.user = b.user;
        this.password = b.password;
        this.refreshInterval = b.refreshInterval;
        this.connectTimeout = b.connectTimeout;
        this.queryTimeout = b.queryTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The name the view is reported under ({@code ServerView.database}). */
    public String name() { return name; }
    public String jdbcUrl() { return jdbcUrl; }
    /** The JDBC URL with its password masked: the only form fit for messages. */
    public String maskedUrl() { return Redactor.mask(jdbcUrl); }
    /** Null when the URL carries the user. */
    public String user() { return user; }
    /** Null when the URL carries it, or none is needed. */
    public String password() { return password; }
    public Duration refreshInterval() { return refreshInterval; }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration queryTimeout() { return queryTimeout; }

    /** {@code text} with the URL's and the configured password masked. */
    String scrub(String text) {
        return Redactor.scrub(text, password);
    }

    @Override
    public String toString() {
        return "ServerProbeConfig{name=" + name + ", jdbcUrl=" + maskedUrl() + ", user=" + user
                + ", password=" + (password == null || password.isEmpty() ? "(none)" : Redactor.MASK)
                + ", refreshInterval=" + refreshInterval + ", connectTimeout=" + connectTimeout
                + ", queryTimeout=" + queryTimeout + "}";
    }

    /**
     * {@code databases[].refresh}: how long a view is reused before the server is asked again. max_connections only
     * changes on restart and pg_stat_activity is a cheap query; every 5 s keeps the view fresh within a 30 s health
     * window at one query per server, not per pool.
     */
    public static final Setting<Duration> REFRESH = Setting.duration("refresh", Duration.ofSeconds(1),
            Duration.ofMinutes(10), Duration.ofSeconds(5), "how often its view (pg_stat_activity, max_connections) is read");

    public static final class Builder {
        private String name;
        private String jdbcUrl;
        private String user;
        private String password;
        private Duration refreshInterval = REFRESH.defaultValue();
        // A probe must give up fast: a dead server should show as unavailable within one refresh.
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration queryTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        /** Required; not blank. */
        public Builder name(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("name must not be blank, but was " + (value == null ? "null" : "'" + value + "'"));
            }
            this.name = value;
            return this;
        }

        /** Required; a {@code jdbc:} URL. */
        public Builder jdbcUrl(String value) {
            if (value == null || !value.startsWith("jdbc:")) {
                throw new IllegalArgumentException("jdbcUrl must start with 'jdbc:', but was "
                        + (value == null ? "null" : "'" + Redactor.mask(value) + "'"));
            }
            this.jdbcUrl = value;
            return this;
        }

        /** Optional; null or blank leaves the user to the URL. */
        public Builder user(String value) {
            this.user = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** Optional; null leaves the password to the URL. */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /** How long a view is reused before the server is asked again; bounds in {@link #REFRESH}. */
        public Builder refreshInterval(Duration value) {
            if (value == null) {
                throw new IllegalArgumentException("refreshInterval must be set, but was null");
            }
            REFRESH.type().problem(value).ifPresent(p -> {
                throw new IllegalArgumentException("refreshInterval " + p);
            });
            this.refreshInterval = value;
            return this;
        }

        /** Connect (and login) timeout; 1 s to 5 min. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = between("connectTimeout", value, Duration.ofSeconds(1), Duration.ofMinutes(5));
            return this;
        }

        /** Query and socket-read timeout; 1 s to 5 min. */
        public Builder queryTimeout(Duration value) {
            this.queryTimeout = between("queryTimeout", value, Duration.ofSeconds(1), Duration.ofMinutes(5));
            return this;
        }

        public ServerProbeConfig build() {
            if (name == null) {
                throw new IllegalArgumentException("name must be set, but was null");
            }
            if (jdbcUrl == null) {
                throw new IllegalArgumentException("jdbcUrl must be set, but was null");
            }
            return new ServerProbeConfig(this);
        }

        private static Duration between(String field, Duration value, Duration min, Duration max) {
            if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", but was " + value);
            }
            return value;
        }
    }
}
