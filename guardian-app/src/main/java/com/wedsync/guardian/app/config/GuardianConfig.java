package com.wedsync.guardian.app.config;

import com.wedsync.guardian.app.runtime.OperatorLimits;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.secret.Redactor;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.wedding.ContextPolicy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole of {@code guardian.yaml}, checked. Sections owned by a module hold that module's own
 * immutable config objects, built by its builders. Every credential is a {@link Secret} and every URL that
 * may carry one is {@link Redactor masked} in {@code toString}, so no record here prints a secret.
 *
 * @param operator how long an operator's override or emergency declaration may last
 * @param freeze   the deploy freeze policy
 * @param secrets every value that came from an environment variable: never printed
 */
public record GuardianConfig(
        String instance,
        Duration tick,
        HttpSettings http,
        StoreSettings store,
        List<JmxPoolSettings> pools,
        List<DatabaseSettings> databases,
        HealthThresholds health,
        MetricsConfig metrics,
        List<CalendarSourceConfig> calendars,
        ContextPolicy weddings,
        AlertsSettings alerts,
        ScalingSettings scaling,
        OperatorLimits operator,
        FleetSettings fleet,
        FreezeSettings freeze,
        Set<Secret> secrets) {

    public GuardianConfig {
        pools = List.copyOf(pools);
        databases = List.copyOf(databases);
        calendars = List.copyOf(calendars);
        secrets = Set.copyOf(secrets);
    }

    GuardianConfig withSecrets(Set<Secret> s) {
        return new GuardianConfig(instance, tick, http, store, pools, databases, health, metrics, calendars, weddings,
                alerts, scaling, operator, fleet, freeze, s);
    }

    /**
     * Where the HTTP API listens, the bearer token its mutating endpoints require, and the one its read endpoints
     * require (when set; the admin token is accepted for reads too).
     */
    public record HttpSettings(String host, int port, Optional<Secret> adminToken, Optional<Secret> readToken) {
    }

    /** The guardian's own store: an H2 file under ./data by default, PostgreSQL in production. */
    public record StoreSettings(String url, String user, Optional<Secret> password) {

        /** The password as the JDBC driver takes it: null for none. */
        public String revealPassword() {
            return password.map(Secret::reveal).orElse(null);
        }

        @Override
        public String toString() {
            return "StoreSettings[url=" + Redactor.mask(url) + ", user=" + user + ", password=" + password + "]";
        }
    }

    /** A HikariCP pool in another JVM, read over JMX. {@code database} names the server view it draws on. */
    public record JmxPoolSettings(String name, String jmxUrl, String poolName, Optional<String> user,
                                  Optional<Secret> password, Optional<String> database) {

        @Override
        public String toString() {
            return "JmxPoolSettings[name=" + name + ", jmxUrl=" + Redactor.mask(jmxUrl) + ", poolName=" + poolName
                    + ", user=" + user + ", password=" + password + ", database=" + database + "]";
        }
    }

    /** A database whose own view (pg_stat_activity, max_connections) the guardian reads on its own connection. */
    public record DatabaseSettings(String name, String url, String user, Optional<Secret> password, Duration refresh) {

        @Override
        public String toString() {
            return "DatabaseSettings[name=" + name + ", url=" + Redactor.mask(url) + ", user=" + user
                    + ", password=" + password + ", refresh=" + refresh + "]";
        }
    }
}
