package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.app.fleet.FleetTrouble;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.server.PostgresServerProbe;
import com.wedsync.guardian.jdbc.server.ServerProbeConfig;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.scaling.VerificationPolicy;
import com.wedsync.guardian.server.ServerView;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One instance of {@code guardian bench fleet}, in its own JVM: a HikariCP pool on the real database, its demand,
 * and its guardian in enforce mode (in the fleet, or alone for the baseline). Prints one line of figures a second.
 */
public final class FleetMember {

    /** Where the store's password comes from, for the coordinator and its members alike (never on a command line). */
    public static final String PASSWORD_ENV = "GUARDIAN_STORE_PASSWORD";

    /**
     * What the coordinator starts a member with.
     *
     * @param priority    its pool's {@code scaling.pools.orders.priority}: the pool's weight in the fleet's division
     * @param outsideHold its {@code fleet.outsideHold}
     */
    public record Options(String db, String user, String password, String store, String id, int demand, int budget,
                          int initial, Duration duration, boolean fleet, int priority, Duration outsideHold) {
    }

    private FleetMember() {
    }

    public static void run(Options o, PrintStream out) throws InterruptedException {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(o.db());
        c.setUsername(o.user());
        c.setPassword(o.password());
        c.setPoolName("orders");
        c.setMaximumPoolSize(o.initial());
        c.setMinimumIdle(Math.min(2, o.initial()));
        c.setConnectionTimeout(1_000);
        c.addDataSourceProperty("ApplicationName", "fleet-bench-" + o.id());
        ScalingPolicy policy = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(60).maxStep(4)
                .saturationCeiling(60).headroomMargin(5).scaleDownWindow(Duration.ZERO).cooldown(Duration.ofSeconds(2))
                .verification(VerificationPolicy.defaults().withWarmUp(Duration.ofSeconds(1)).withSamples(2)).build();
        try (HikariDataSource pool = new HikariDataSource(c);
             GuardianStore ledger = GuardianStore.open("jdbc:h2:mem:ledger-" + o.id() + ";DB_CLOSE_DELAY=-1", "sa", "");
             GuardianStore fleetStore = GuardianStore.open(o.store(), o.user(), o.password(), Duration.ofSeconds(1));
             MemberLoad load = new MemberLoad(pool, o.demand(), 50)) {
            InMemoryOutbox outbox = new InMemoryOutbox();
            var alerts = new ConfigLoader(Map.<String, String>of()::get).parse("""
                    instance: %s
                    alerts:
                      channels: [{name: ops-log, type: log}]
                      routes: {receivers: [ops-log], groupWait: 0s, groupInterval: 1s, repeatInterval: 1h}
                    """.formatted(o.id()), "member.yaml").alerts();
            var builder = Guardian.builder().clock(Clock.systemUTC()).tick(Duration.ofSeconds(1))
                    .alerts(alerts, outbox)
                    .pool("orders", pool, "main")
                    .database(server(o))
                    .scaling(policy, Map.of("orders", policy.toBuilder().priority(o.priority()).build()), AuditLog.inMemory(),
                            new JdbcForecastLedger(ledger.dataSource()));
            // the member's guardian judges health over the default window; its one route waits 0 s
            Fleet fleet = new Fleet(o.id(), Duration.ofSeconds(5), o.outsideHold(),
                    fleetStore.dataSource(), FleetTrouble.LOG, false,
                    Fleet.handoverGrace(HealthThresholds.defaults().window(), alerts.pipeline().routes()));
            if (o.fleet()) {
                builder.fleet(fleet);
            }
            try (Guardian g = builder.start()) {
                Instant end = Instant.now().plus(o.duration());
                int peak = 0;
                int told = 0;
                while (Instant.now().isBefore(end)) {
                    Thread.sleep(1_000);
                    told = tell(outbox, told);
                    int max = pool.getHikariConfigMXBean().getMaximumPoolSize();
                    peak = Math.max(peak, max);
                    Grant grant = fleet.state().grants().get("orders");
                    out.printf(Locale.ROOT, "member %s requests=%d timeouts=%d tooMany=%d p99=%d max=%d peak=%d reservation=%d share=%d%s%n",
                            o.id(), load.requests.get(), load.timeouts.get(), load.tooManyClients.get(), load.p99WaitMillis(), max,
                            peak, grant == null ? -1 : grant.reservation(), grant == null ? -1 : grant.share(), triggers(outbox));
                    out.flush();
                }
            }
        }
    }

    /** Each notification enqueued since the last call, one line on the member's log; returns how many there are now. */
    private static int tell(InMemoryOutbox outbox, int told) {
        java.util.List<Notification> all = outbox.notifications();
        for (Notification n : all.subList(Math.min(told, all.size()), all.size())) {
            System.err.printf(Locale.ROOT, "%s notification %s %s %s to %s%n", Instant.now(), n.action(), n.alert().pool(),
                    n.alert().condition(), n.channel());
        }
        return all.size();
    }

    /** Trigger notifications this member sent, by condition: " trig_CONDITION=N ...". */
    private static String triggers(InMemoryOutbox outbox) {
        Map<String, Long> by = new java.util.TreeMap<>();
        for (Notification n : outbox.notifications()) {
            if (n.action() == NotificationAction.TRIGGER) {
                by.merge(n.alert().condition(), 1L, Long::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        by.forEach((c, k) -> b.append(" trig_").append(c).append('=').append(k));
        return b.toString();
    }

    /** The real server view, with max_connections read as {@code budget} when one is given (a smaller database). */
    private static ServerViewSource server(Options o) {
        PostgresServerProbe probe = new PostgresServerProbe(ServerProbeConfig.builder().name("main").jdbcUrl(o.db())
                .user(o.user()).password(o.password()).refreshInterval(Duration.ofSeconds(1)).build(), Clock.systemUTC());
        return new ServerViewSource() {
            @Override
            public String name() {
                return "main";
            }

            @Override
            public ServerView read(Instant now) {
                ServerView v = probe.read(now);
                if (!v.available() || o.budget() <= 0) {
                    return v;
                }
                return new ServerView(v.database(), v.at(), true, "", Math.min(v.maxConnections(), o.budget()), v.reserved(),
                        v.byState(), v.byApplication());
            }

            @Override
            public void close() {
                probe.close();
            }
        };
    }
}
