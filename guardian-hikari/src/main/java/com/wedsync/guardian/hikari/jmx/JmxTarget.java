package com.wedsync.guardian.hikari.jmx;

import com.wedsync.guardian.secret.Redactor;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Objects;
import javax.management.remote.JMXServiceURL;

/**
 * Where a remote HikariCP pool is and how to reach it. Immutable; built with {@link #builder}, whose
 * setters reject bad values at once, naming the field and the value.
 */
public final class JmxTarget {

    private final String name;
    private final JMXServiceURL serviceUrl;
    private final String poolName;
    private final String username;
    private final String password;
    private final Duration timeout;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private JmxTarget(Builder b) {
        this.name = b.name == null ? b.poolName : b.name;
        this.serviceUrl = b.serviceUrl;
        this.poolName = b.poolName;
        this.username = b.username;
        this.password = b.password;
        this.timeout = b.timeout;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
    }

    /**
     * @param serviceUrl a JMX service URL, e.g. {@code service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi}
     * @param poolName   the pool's HikariCP {@code poolName}
     */
    public static Builder builder(String serviceUrl, String poolName) {
        return new Builder(serviceUrl, poolName);
    }

    /** The pool's name in snapshots; the HikariCP pool name unless set. */
    public String name() {
        return name;
    }

    public JMXServiceURL serviceUrl() {
        return serviceUrl;
    }

    /** The service URL as it may be shown: credentials masked. */
    public String displayUrl() {
        return mask(serviceUrl.toString());
    }

    public String poolName() {
        return poolName;
    }

    /** Empty when the JMX server needs no credentials. */
    public String username() {
        return username;
    }

    String password() {
        return password;
    }

    /** The longest a connection attempt or a read may block a tick. */
    public Duration timeout() {
        return timeout;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** {@code text} with this target's password and any URL credentials masked. */
    public String mask(String text) {
        return Redactor.scrub(text, password);
    }

    @Override
    public String toString() {
        return "JmxTarget[" + name + " pool=" + poolName + " url=" + displayUrl()
                + (username.isEmpty() ? "" : " user=" + username) + "]";
    }

    /** Builds a {@link JmxTarget}; defaults: timeout 2 s, backoff from 1 s doubling up to 60 s. */
    public static final class Builder {
        private final JMXServiceURL serviceUrl;
        private final String poolName;
        private String name;
        private String username = "";
        private String password = "";
        private Duration timeout = Duration.ofSeconds(2);
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(60);

        private Builder(String serviceUrl, String poolName) {
            Objects.requireNonNull(serviceUrl, "serviceUrl");
            try {
                this.serviceUrl = new JMXServiceURL(serviceUrl);
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("serviceUrl must be a JMX service URL such as"
                        + " service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi, but was " + Redactor.mask(serviceUrl), null);
            }
            if (poolName == null || poolName.isBlank()) {
                throw new IllegalArgumentException("poolName must not be blank, but was '" + poolName + "'");
            }
            this.poolName = poolName;
        }

        /** The pool's name in snapshots, if not its HikariCP pool name. */
        public Builder name(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
            }
            this.name = name;
            return this;
        }

        /** JMX credentials (the server's {@code jmx.remote.credentials}). */
        public Builder credentials(String username, String password) {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("username must not be blank when credentials are given");
            }
            this.username = username;
            this.password = password == null ? "" : password;
            return this;
        }

        /** Between 50 ms and 60 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = within("timeout", timeout, Duration.ofMillis(50), Duration.ofSeconds(60));
            return this;
        }

        /** First wait after a failure; between 10 ms and 1 h. */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = within("initialBackoff", initialBackoff, Duration.ofMillis(10), Duration.ofHours(1));
            return this;
        }

        /** Longest wait between attempts; between 10 ms and 1 h. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = within("maxBackoff", maxBackoff, Duration.ofMillis(10), Duration.ofHours(1));
            return this;
        }

        public JmxTarget build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= initialBackoff (" + initialBackoff
                        + "), but was " + maxBackoff);
            }
            return new JmxTarget(this);
        }

        private static Duration within(String field, Duration value, Duration min, Duration max) {
            if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", but was " + value);
            }
            return value;
        }
    }
}
