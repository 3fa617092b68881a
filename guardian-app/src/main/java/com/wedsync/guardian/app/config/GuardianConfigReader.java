package com.wedsync.guardian.app.config;

import com.wedsync.guardian.app.github.AppJwt;
import com.wedsync.guardian.app.github.GitHubSettings;
import com.wedsync.guardian.app.runtime.OperatorLimits;
import com.wedsync.guardian.calendar.CalendarSchema;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.DurationRange;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.freeze.FreezeSchema;
import com.wedsync.guardian.health.HealthSchema;
import com.wedsync.guardian.hikari.jmx.JmxTarget;
import com.wedsync.guardian.metrics.config.MetricsSchema;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.scaling.ScalingSchema;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.WeddingsSchema;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.wedsync.guardian.app.config.GuardianSchema.*;

/**
 * Reads each section of {@code guardian.yaml} by its declarations in {@link GuardianSchema}; what relates two
 * sections (a pool's database, a scaling policy's pool, the fleet's store) is checked here. Every problem goes to
 * the reader's shared list, so all are reported at once.
 */
final class GuardianConfigReader {

    /** Every section a config may have, besides {@code instance}. */
    static final Set<String> SECTIONS = sections();

    private GuardianConfigReader() {
    }

    private static Set<String> sections() {
        Set<String> out = new HashSet<>(ROOT.keys());
        out.remove(INSTANCE.key());
        return Set.copyOf(out);
    }

    static GuardianConfig read(ConfigReader root) {
        String instance = root.find(INSTANCE).orElseGet(GuardianConfigReader::defaultInstance);
        if (instance.isBlank()) {
            root.problem(INSTANCE, "must not be empty (leave it out for the host name)");
            instance = defaultInstance();
        }
        Duration tick = root.get(TICK);
        GuardianConfig.StoreSettings store = store(root.section(STORE));
        List<GuardianConfig.DatabaseSettings> databases = databases(root.entries(DATABASES));
        List<GuardianConfig.JmxPoolSettings> pools = pools(root.entries(POOLS), databases);
        List<CalendarSourceConfig> calendars = CalendarSchema.sources(root.entries(CalendarSchema.CALENDARS));
        ContextPolicy.Builder weddings = WeddingsSchema.policy(root.section(WeddingsSchema.SECTION));
        calendars.forEach(s -> weddings.season(s.seasonRule()));
        ConfigReader operator = root.section(OPERATOR);
        ConfigReader freeze = root.section(FREEZE);
        return new GuardianConfig(instance, tick, http(root.section(HTTP)), store, pools, databases,
                HealthSchema.read(root.section(HealthSchema.SECTION)), MetricsSchema.read(root.section(MetricsSchema.SECTION)),
                calendars, weddings.build(), AlertsSection.read(root.section(ALERTS), instance),
                scaling(root.section(ScalingSchema.SECTION), pools), new OperatorLimits(operator.get(OperatorLimits.MAX_OVERRIDE),
                operator.get(OperatorLimits.MAX_EMERGENCY)), fleet(root.section(FLEET), tick, store),
                new FreezeSettings(FreezeSchema.policy(freeze), github(freeze)), Set.of());
    }

    private static String defaultInstance() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "guardian";
        }
    }

    private static GuardianConfig.HttpSettings http(ConfigReader http) {
        return new GuardianConfig.HttpSettings(http.get(HTTP_HOST), http.get(HTTP_PORT),
                http.find(ADMIN_TOKEN).filter(t -> !t.reveal().isBlank()), http.find(READ_TOKEN).filter(t -> !t.reveal().isBlank()));
    }

    private static GuardianConfig.StoreSettings store(ConfigReader store) {
        if (store.isPresent() && !store.has(STORE_URL_SETTING)) {
            store.problem(STORE_URL_SETTING, "is required");
        }
        return new GuardianConfig.StoreSettings(store.get(STORE_URL_SETTING), store.find(STORE_USER).orElse(null),
                store.find(STORE_PASSWORD));
    }

    private static List<GuardianConfig.DatabaseSettings> databases(List<ConfigReader> entries) {
        List<GuardianConfig.DatabaseSettings> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigReader db : entries) {
            String name = db.find(DATABASE_NAME).orElse("");
            if (!name.isEmpty() && !names.add(name)) {
                db.problem(DATABASE_NAME, "duplicate database name '" + name + "'");
            }
            out.add(new GuardianConfig.DatabaseSettings(name, db.find(DATABASE_URL).orElse(""),
                    db.find(DATABASE_USER).orElse(null), db.find(DATABASE_PASSWORD), db.get(DATABASE_REFRESH)));
        }
        return out;
    }

    private static List<GuardianConfig.JmxPoolSettings> pools(List<ConfigReader> entries,
                                                               List<GuardianConfig.DatabaseSettings> databases) {
        List<GuardianConfig.JmxPoolSettings> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigReader pool : entries) {
            String name = pool.find(POOL_NAME).orElse("");
            if (!name.isEmpty() && !names.add(name)) {
                pool.problem(POOL_NAME, "duplicate pool name '" + name + "'");
            }
            Optional<String> jmx = pool.find(POOL_JMX);
            Optional<String> poolName = pool.find(POOL_POOL_NAME);
            if (jmx.isPresent() && poolName.isPresent()) {
                pool.build(POOL_JMX.key(), () -> JmxTarget.builder(jmx.get(), poolName.get()).build());
            }
            Optional<String> database = pool.find(POOL_DATABASE);
            database.filter(d -> databases.stream().noneMatch(s -> s.name().equals(d)))
                    .ifPresent(d -> pool.problem(POOL_DATABASE, "names no entry of databases: '" + d + "'"));
            out.add(new GuardianConfig.JmxPoolSettings(name, jmx.orElse(""), poolName.orElse(""), pool.find(POOL_USER),
                    pool.find(POOL_PASSWORD), database));
        }
        return out;
    }

    private static ScalingSettings scaling(ConfigReader scaling, List<GuardianConfig.JmxPoolSettings> pools) {
        Map<String, ScalingPolicy> perPool = new LinkedHashMap<>();
        scaling.named(ScalingSchema.POOLS).forEach((name, p) -> {
            if (pools.stream().noneMatch(j -> j.name().equals(name))) {
                p.problem("names no entry of pools");
            }
            perPool.put(name, ScalingSchema.policy(p));
        });
        return new ScalingSettings(ScalingSchema.policy(scaling), perPool);
    }

    /** The fleet needs a PostgreSQL store (its leases are on the database's clock); its lease is at least two ticks. */
    private static FleetSettings fleet(ConfigReader fleet, Duration tick, GuardianConfig.StoreSettings guardianStore) {
        boolean enabled = fleet.get(FLEET_ENABLED);
        Duration lease = fleet.find(FLEET_LEASE.withType(ValueType.duration(new DurationRange(tick.multipliedBy(2),
                LONGEST_FLEET_LEASE)))).orElse(FleetSettings.defaultLease(tick));
        ConfigReader s = fleet.section(FLEET_STORE);
        GuardianConfig.StoreSettings store = s.isPresent() ? new GuardianConfig.StoreSettings(s.find(FLEET_STORE_URL).orElse(""),
                s.find(STORE_USER).orElse(null), s.find(STORE_PASSWORD)) : guardianStore;
        if (enabled && !store.url().startsWith("jdbc:postgresql:")) {
            fleet.problem(s.isPresent() ? FLEET_STORE.key() : FLEET_ENABLED.key(), "the fleet needs a jdbc:postgresql: store"
                    + " that every instance shares (set fleet.store, or store, to one)");
        }
        return new FleetSettings(enabled, lease, fleet.get(FLEET_OUTSIDE_HOLD), store);
    }

    /** {@code freeze.github}: the webhook secret and the App's id and key (secrets: write them as ${VARIABLES}). */
    private static Optional<GitHubSettings> github(ConfigReader freeze) {
        if (!freeze.has(GitHubSettings.SECTION)) {
            return Optional.empty();
        }
        ConfigReader g = freeze.section(GitHubSettings.SECTION);
        Optional<Secret> secret = g.find(GitHubSettings.WEBHOOK_SECRET).filter(v -> !v.isEmpty());
        Optional<String> appId = g.find(GitHubSettings.APP_ID).filter(v -> !v.isBlank());
        Optional<Secret> key = g.find(GitHubSettings.PRIVATE_KEY).filter(v -> !v.isEmpty());
        URI api = g.build(GitHubSettings.API_URL.key(), () -> URI.create(g.get(GitHubSettings.API_URL)))
                .orElse(GitHubSettings.DEFAULT_API);
        Duration maxHold = g.get(GitHubSettings.MAX_HOLD);
        if (secret.isEmpty() || appId.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return g.build(GitHubSettings.PRIVATE_KEY.key(), () -> {
            GitHubSettings settings = new GitHubSettings(secret.get(), appId.get().strip(), key.get(), api, maxHold);
            new AppJwt(settings.appId(), settings.privateKey());
            return settings;
        });
    }
}
