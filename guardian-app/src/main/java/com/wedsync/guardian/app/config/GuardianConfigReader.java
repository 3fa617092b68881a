package com.wedsync.guardian.app.config;

import com.wedsync.guardian.app.runtime.OperatorLimits;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.hikari.jmx.JmxTarget;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.wedding.ContextPolicy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads each section of the tree; every problem goes to the shared list, so all are reported at once. */
final class GuardianConfigReader {

    static final String DEFAULT_STORE = "jdbc:h2:file:./data/guardian";
    /** Every section a config may have, besides {@code instance}. */
    static final Set<String> SECTIONS = Set.of("tick", "http", "store", "pools", "databases", "health", "metrics",
            "calendars", "weddings", "alerts", "scaling", "operator", "fleet", "freeze");

    private GuardianConfigReader() {
    }

    static GuardianConfig read(ConfigNode root) {
        root.allowOnly(java.util.stream.Stream.concat(java.util.stream.Stream.of("instance"), SECTIONS.stream())
                .toArray(String[]::new));
        String instance = root.string("instance", defaultInstance());
        if (instance.isBlank()) {
            root.problem("instance", "must not be empty (leave it out for the host name)");
            instance = defaultInstance();
        }
        Duration tick = root.duration("tick", Duration.ofMillis(100), Duration.ofMinutes(1), Duration.ofSeconds(1));
        GuardianConfig.HttpSettings http = http(root.child("http"));
        GuardianConfig.StoreSettings store = store(root);
        List<GuardianConfig.DatabaseSettings> databases = databases(root);
        List<GuardianConfig.JmxPoolSettings> pools = pools(root, databases);
        HealthThresholds health = HealthSection.read(root.child("health"));
        MetricsConfig metrics = MetricsSection.read(root.child("metrics"));
        List<CalendarSourceConfig> calendars = CalendarsSection.sources(root);
        ContextPolicy policy = CalendarsSection.policy(root.child("weddings"), calendars);
        AlertsSettings alerts = AlertsSection.read(root.child("alerts"), instance);
        ScalingSettings scaling = ScalingSection.read(root.child("scaling"));
        for (String pool : scaling.pools().keySet()) {
            if (pools.stream().noneMatch(p -> p.name().equals(pool))) {
                root.problem("scaling.pools." + pool, "names no entry of pools");
            }
        }
        FleetSettings fleet = FleetSection.read(root.child("fleet"), tick, store);
        return new GuardianConfig(instance, tick, http, store, pools, databases, health, metrics, calendars, policy,
                alerts, scaling, operator(root.child("operator")), fleet, FreezeSection.read(root.child("freeze")), Set.of());
    }

    private static String defaultInstance() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "guardian";
        }
    }

    /** {@code operator:} the longest override and emergency declaration the API grants. */
    private static OperatorLimits operator(ConfigNode operator) {
        operator.allowOnly("maxOverride", "maxEmergency");
        return new OperatorLimits(
                operator.duration("maxOverride", OperatorLimits.SHORTEST, OperatorLimits.LONGEST, OperatorLimits.DEFAULT_MAX_OVERRIDE),
                operator.duration("maxEmergency", OperatorLimits.SHORTEST, OperatorLimits.LONGEST, OperatorLimits.DEFAULT_MAX_EMERGENCY));
    }

    private static GuardianConfig.HttpSettings http(ConfigNode http) {
        http.allowOnly("host", "port", "adminToken", "readToken");
        String host = http.string("host", "127.0.0.1");
        int port = http.intIn("port", 0, 65_535, 8080);
        return new GuardianConfig.HttpSettings(host, port, secret(http, "adminToken").filter(t -> !t.reveal().isBlank()),
                secret(http, "readToken").filter(t -> !t.reveal().isBlank()));
    }

    private static GuardianConfig.StoreSettings store(ConfigNode root) {
        ConfigNode store = root.child("store");
        if (!store.isPresent()) {
            return new GuardianConfig.StoreSettings(DEFAULT_STORE, null, Optional.empty());
        }
        if (store.isScalar()) {
            String url = root.string("store", DEFAULT_STORE);
            checkStoreUrl(root, "store", url);
            return new GuardianConfig.StoreSettings(url, null, Optional.empty());
        }
        store.allowOnly("url", "user", "password");
        String url = store.requiredString("url");
        checkStoreUrl(store, "url", url);
        return new GuardianConfig.StoreSettings(url, store.optionalString("user").orElse(null), secret(store, "password"));
    }

    /** A credential: read once into a {@link Secret}, never held as a plain string. */
    private static Optional<Secret> secret(ConfigNode node, String key) {
        return node.optionalString(key).map(Secret::of);
    }

    private static void checkStoreUrl(ConfigNode node, String key, String url) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            node.problem(key, "must be a jdbc:h2: or jdbc:postgresql: URL");
        }
    }

    private static List<GuardianConfig.DatabaseSettings> databases(ConfigNode root) {
        List<GuardianConfig.DatabaseSettings> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode db : root.list("databases")) {
            db.allowOnly("name", "url", "user", "password", "refresh");
            String name = db.requiredString("name");
            if (!name.isEmpty() && !names.add(name)) {
                db.problem("name", "duplicate database name '" + name + "'");
            }
            String url = db.requiredString("url");
            if (!url.isEmpty() && !url.startsWith("jdbc:")) {
                db.problem("url", "must be a JDBC URL (jdbc:postgresql://HOST:PORT/DB)");
            }
            Duration refresh = db.duration("refresh", Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofSeconds(5));
            out.add(new GuardianConfig.DatabaseSettings(name, url, db.string("user", null), secret(db, "password"), refresh));
        }
        return out;
    }

    private static List<GuardianConfig.JmxPoolSettings> pools(ConfigNode root,
                                                               List<GuardianConfig.DatabaseSettings> databases) {
        List<GuardianConfig.JmxPoolSettings> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode pool : root.list("pools")) {
            pool.allowOnly("name", "jmx", "poolName", "user", "password", "database");
            String name = pool.requiredString("name");
            if (!name.isEmpty() && !names.add(name)) {
                pool.problem("name", "duplicate pool name '" + name + "'");
            }
            String jmx = pool.requiredString("jmx");
            if (!jmx.isEmpty() && !jmx.startsWith("service:jmx:")) {
                pool.problem("jmx", "must be a JMX service URL like service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi");
            }
            String poolName = pool.requiredString("poolName");
            if (jmx.startsWith("service:jmx:") && !poolName.isEmpty()) {
                try {
                    JmxTarget.builder(jmx, poolName).build();
                } catch (IllegalArgumentException e) {
                    pool.problem("jmx", e.getMessage());
                }
            }
            var database = pool.optionalString("database");
            database.ifPresent(d -> {
                if (databases.stream().noneMatch(s -> s.name().equals(d))) {
                    pool.problem("database", "names no entry of databases: '" + d + "'");
                }
            });
            out.add(new GuardianConfig.JmxPoolSettings(name, jmx, poolName, pool.optionalString("user"),
                    secret(pool, "password"), database));
        }
        return out;
    }
}
