package com.wedsync.guardian.app.config;

import com.wedsync.guardian.alert.pipeline.AlertSchema;
import com.wedsync.guardian.app.github.GitHubSettings;
import com.wedsync.guardian.app.runtime.OperatorLimits;
import com.wedsync.guardian.calendar.CalendarSchema;
import com.wedsync.guardian.config.ConfigReference;
import com.wedsync.guardian.config.Entries;
import com.wedsync.guardian.config.Member;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.SpringMetadata;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.freeze.FreezeSchema;
import com.wedsync.guardian.health.HealthSchema;
import com.wedsync.guardian.jdbc.server.ServerProbeConfig;
import com.wedsync.guardian.metrics.config.MetricsSchema;
import com.wedsync.guardian.notify.ChannelFactory;
import com.wedsync.guardian.notify.dispatch.ClaimLease;
import com.wedsync.guardian.scaling.ScalingSchema;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.wedding.WeddingsSchema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole of {@code guardian.yaml}, declared once: the sections guardian-app owns (instance, tick, http, store,
 * databases, pools, operator, fleet, freeze.github, the alerts' channels and outbox), and those its modules
 * declare next to their own config types. The reader, {@code guardian config check}, the README's reference and
 * Spring Boot's metadata all come from {@link #ROOT}.
 */
public final class GuardianSchema {

    public static final String DEFAULT_STORE = "jdbc:h2:file:./data/guardian";

    private static final ValueType.Scalar<String> STORE_URL = ValueType.parsed("a jdbc:h2: or jdbc:postgresql: URL",
            "java.lang.String", t -> require(t, t.startsWith("jdbc:h2:") || t.startsWith("jdbc:postgresql:"),
                    "must be a jdbc:h2: or jdbc:postgresql: URL"), t -> t);
    private static final ValueType.Scalar<String> JDBC_URL = ValueType.parsed("a JDBC URL", "java.lang.String",
            t -> require(t, t.startsWith("jdbc:"), "must be a JDBC URL (jdbc:postgresql://HOST:PORT/DB)"), t -> t);
    private static final ValueType.Scalar<String> JMX_URL = ValueType.parsed("a JMX service URL", "java.lang.String",
            t -> require(t, t.startsWith("service:jmx:"),
                    "must be a JMX service URL like service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi"), t -> t);

    // ---- the top level ----
    public static final Setting<String> INSTANCE = Setting.string("instance", null,
            "this instance's name: a label on alerts and metrics, unique in a fleet").defaultText("the host name");
    private static final Duration SHORTEST_TICK = Duration.ofMillis(100);
    public static final Setting<Duration> TICK = Setting.duration("tick", SHORTEST_TICK, Duration.ofMinutes(1),
            Duration.ofSeconds(1), "how often pools are observed and every stage runs");

    // ---- http ----
    public static final Setting<String> HTTP_HOST = Setting.string("host", "127.0.0.1", "the address the API listens on");
    public static final Setting<Integer> HTTP_PORT = Setting.intIn("port", 0, 65_535, 8080,
            "the API's port (0 picks a free one)");
    public static final Setting<Secret> ADMIN_TOKEN = Setting.secret("adminToken",
            "bearer token the mutating endpoints require; without one they are refused");
    public static final Setting<Secret> READ_TOKEN = Setting.secret("readToken",
            "bearer token the read endpoints require (the admin token works too); without one they are open");
    public static final Section HTTP = Section.of("http", "the HTTP API", HTTP_HOST, HTTP_PORT, ADMIN_TOKEN, READ_TOKEN);

    // ---- store ----
    public static final Setting<String> STORE_URL_SETTING = Setting.of("url", STORE_URL, DEFAULT_STORE,
            "the guardian's own store: an H2 file by default, PostgreSQL in production");
    public static final Setting<String> STORE_USER = Setting.string("user", null, "the store's user");
    public static final Setting<Secret> STORE_PASSWORD = Setting.secret("password", "the store's password");
    public static final Section STORE = Section.of("store", "the outbox, the audit log and the forecast ledger",
            STORE_URL_SETTING, STORE_USER, STORE_PASSWORD).withShorthand(STORE_URL_SETTING);

    // ---- databases ----
    public static final Setting<String> DATABASE_NAME = Setting.string("name", null,
            "the database's name, as pools and the fleet give it").required();
    public static final Setting<String> DATABASE_URL = Setting.of("url", JDBC_URL, null, "its JDBC URL").required();
    public static final Setting<String> DATABASE_USER = Setting.string("user", null, "the user of the guardian's connection");
    public static final Setting<Secret> DATABASE_PASSWORD = Setting.secret("password", "that user's password");
    public static final Setting<Duration> DATABASE_REFRESH = ServerProbeConfig.REFRESH;
    public static final Entries DATABASES = Entries.of("databases",
            "databases whose own view the guardian reads, on its own single connection",
            Section.of("", "one database", DATABASE_NAME, DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD, DATABASE_REFRESH));

    // ---- pools ----
    public static final Setting<String> POOL_NAME = Setting.string("name", null, "the pool's name in the guardian")
            .required();
    public static final Setting<String> POOL_JMX = Setting.of("jmx", JMX_URL, null, "the JVM's JMX service URL").required();
    public static final Setting<String> POOL_POOL_NAME = Setting.string("poolName", null,
            "HikariCP's poolName (registerMbeans=true)").required();
    public static final Setting<String> POOL_USER = Setting.string("user", null, "the JMX user");
    public static final Setting<Secret> POOL_PASSWORD = Setting.secret("password", "the JMX password");
    public static final Setting<String> POOL_DATABASE = Setting.string("database", null,
            "the entry of databases the pool draws on (for the headroom check)");
    public static final Entries POOLS = Entries.of("pools", "HikariCP pools in other JVMs, read over JMX",
            Section.of("", "one pool", POOL_NAME, POOL_JMX, POOL_POOL_NAME, POOL_USER, POOL_PASSWORD, POOL_DATABASE));

    // ---- alerts ----
    public static final Setting<String> DASHBOARD_URL = Setting.url("dashboardUrl", null,
            "linked from Slack and e-mail messages (each channel's default)", "http", "https");
    public static final Section OUTBOX = Section.of("outbox", "the outbox instances may share", ClaimLease.LEASE);
    public static final Section ALERTS = Section.of("alerts", "where alerts go and how they are grouped, routed, escalated,"
            + " inhibited and rate-limited", members(List.of(DASHBOARD_URL, ChannelFactory.CHANNELS), AlertSchema.MEMBERS,
            List.of(OUTBOX)));

    // ---- fleet ----
    public static final Setting<Boolean> FLEET_ENABLED = Setting.bool("enabled", false,
            "coordinate with the other instances sharing the databases");
    static final Duration LONGEST_FLEET_LEASE = Duration.ofMinutes(10);
    public static final Setting<Duration> FLEET_LEASE = Setting.duration("lease", SHORTEST_TICK.multipliedBy(2),
            LONGEST_FLEET_LEASE, null,
            "an instance without a heartbeat for this long drops out; at least 2 ticks").defaultText("3 ticks + 2s");
    public static final Setting<Duration> FLEET_OUTSIDE_HOLD = Setting.duration("outsideHold", Duration.ZERO,
            Duration.ofHours(1), Duration.ofMinutes(5), "connections of clients outside the fleet count in the budget at"
                    + " their most within this long, so what a passing burst left is not given away; 0s: as they are now");
    public static final Setting<String> FLEET_STORE_URL = Setting.string("url", null,
            "the PostgreSQL store every instance shares").required();
    public static final Section FLEET_STORE = Section.of("store", "the fleet's store; default: store", FLEET_STORE_URL,
            STORE_USER, STORE_PASSWORD).withShorthand(FLEET_STORE_URL);
    public static final Section FLEET = Section.of("fleet", "many instances against one PostgreSQL, as one guardian",
            FLEET_ENABLED, FLEET_LEASE, FLEET_OUTSIDE_HOLD, FLEET_STORE);

    // ---- operator, freeze ----
    public static final Section OPERATOR = Section.of("operator",
            "the longest an override or an emergency declaration may last", OperatorLimits.MAX_OVERRIDE,
            OperatorLimits.MAX_EMERGENCY);
    public static final Section FREEZE = Section.of("freeze", "the deploy freeze the wedding calendar decides",
            members(FreezeSchema.MEMBERS, List.of(GitHubSettings.SECTION)));

    /** {@code guardian.yaml}. */
    public static final Section ROOT = Section.of("", "guardian.yaml", INSTANCE, TICK, HTTP, STORE, DATABASES, POOLS,
            HealthSchema.SECTION, CalendarSchema.CALENDARS, WeddingsSchema.SECTION, ALERTS, ScalingSchema.SECTION, FLEET,
            OPERATOR, FREEZE, MetricsSchema.SECTION);

    private GuardianSchema() {
    }

    /** The README's reference of every setting, as Markdown ({@code guardian config reference}). */
    public static String reference() {
        return ConfigReference.markdown(ROOT);
    }

    /** Spring Boot's {@code spring-configuration-metadata.json} of every setting, under {@code guardian.}. */
    public static String springMetadata() {
        return SpringMetadata.json("guardian", ROOT);
    }

    @SafeVarargs
    private static List<Member> members(List<? extends Member>... parts) {
        List<Member> all = new ArrayList<>();
        for (List<? extends Member> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static String require(String text, boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(rule);
        }
        return text;
    }
}
