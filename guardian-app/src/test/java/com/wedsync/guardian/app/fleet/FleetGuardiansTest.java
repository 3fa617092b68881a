package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.http.ApiServer;
import com.wedsync.guardian.app.http.GuardianApi;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.fleet.FleetBudget;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import com.wedsync.guardian.testing.TcpProxy;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 end to end: two guardians, each with a real HikariCP pool on the real PostgreSQL under more demand
 * than it has, sharing one fleet store (a schema of its own). The database they share is told to have 14
 * connections (reserved 0, margin 2): 12 usable, counted from the two pools' own open connections, so the
 * test does not depend on what else runs on the shared server.
 */
class FleetGuardiansTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final int MAX_CONNECTIONS = 14;
    private static final String TOKEN = "fleet-test-token";
    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(20)
            .saturationCeiling(40).headroomMargin(2).scaleDownWindow(Duration.ZERO).cooldown(Duration.ZERO).build();

    private final String schema = "fleet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-13T10:00:00Z"));
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final ExecutorService load = Executors.newCachedThreadPool();
    private volatile boolean loading = true;
    private final Map<Guardian, Integer> ports = new java.util.HashMap<>();
    private final Map<Guardian, InMemoryOutbox> outboxes = new java.util.HashMap<>();
    private GuardianStore ledger;

    @AfterEach
    void cleanUp() throws Exception {
        loading = false;
        load.shutdownNow();
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        try (Connection c = DriverManager.getConnection(PG, "postgres", null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private GuardianStore store(int port) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        if (ledger == null) {
            ledger = GuardianStore.open(PG + "?currentSchema=" + schema, "postgres", null);
            closing.add(ledger);
        }
        GuardianStore store = GuardianStore.open("jdbc:postgresql://127.0.0.1:" + port + "/test?currentSchema=" + schema,
                "postgres", null, Duration.ofSeconds(1));
        closing.add(store);
        return store;
    }

    private HikariDataSource busyPool(String name) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(PG);
        c.setUsername("postgres");
        c.setPoolName(name);
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(250);
        HikariDataSource ds = new HikariDataSource(c);
        closing.add(ds);
        pools.add(ds);
        for (int i = 0; i < 7; i++) {
            load.submit(() -> {
                while (loading) {
                    try (Connection conn = ds.getConnection(); Statement s = conn.createStatement()) {
                        s.execute("SELECT pg_sleep(0.05)");
                    } catch (SQLException | RuntimeException e) {
                        // a timeout is what the pool's pressure looks like; go on asking
                    }
                }
            });
        }
        return ds;
    }

    /** The shared database as the fleet's instances read it: the two pools' connections are all there is. */
    private ServerViewSource database() {
        return new ServerViewSource() {
            @Override
            public String name() {
                return "main";
            }

            @Override
            public ServerView read(Instant now) {
                int open = pools.stream().mapToInt(p -> p.getHikariPoolMXBean().getTotalConnections()).sum();
                return new ServerView("main", now, true, "", MAX_CONNECTIONS, 0, Map.of("active", open), Map.of());
            }
        };
    }

    /** An instance whose forecast ledger is on the direct store, and whose fleet store is {@code fleetStore}. */
    private Guardian instance(String id, GuardianStore fleetStore, FleetTrouble trouble) throws Exception {
        var alerts = new ConfigLoader(Map.<String, String>of()::get).parse("""
                instance: %s
                alerts:
                  channels: [{name: ops-log, type: log}]
                  routes: {receivers: [ops-log]}
                """.formatted(id), "test.yaml").alerts();
        InMemoryOutbox outbox = new InMemoryOutbox();
        Guardian g = Guardian.builder().clock(clock)
                .alerts(alerts, outbox)
                .pool("orders", busyPool(id + "-orders"), "main")
                .database(database())
                .scaling(ENFORCE, Map.of(), AuditLog.inMemory(), new JdbcForecastLedger(ledger.dataSource()))
                .fleet(new Fleet(id, Duration.ofSeconds(30), fleetStore.dataSource(), trouble))
                .build();
        closing.add(g);
        outboxes.put(g, outbox);
        ApiServer api = GuardianApi.routes(g, ApiServer.builder().adminToken(TOKEN)).start("127.0.0.1", 0);
        closing.add(api);
        ports.put(g, api.port());
        return g;
    }

    private int max(int i) {
        return pools.get(i).getHikariConfigMXBean().getMaximumPoolSize();
    }

    @Test
    void twoInstancesShareTheBudgetFairlyAndNeverPassIt() throws Exception {
        GuardianStore store = store(5432);
        Guardian a = instance("a", store, FleetTrouble.LOG);
        Guardian b = instance("b", store, FleetTrouble.LOG);
        Eventually.await(Duration.ofSeconds(20), "both pools under pressure", () -> pools.stream()
                .allMatch(p -> p.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0));

        for (int round = 0; round < 40 && !(max(0) == 6 && max(1) == 6); round++) {
            clock.advance(Duration.ofSeconds(5));
            a.tick();
            assertThat(max(0) + max(1)).as("the pools' maxima within the usable 12").isLessThanOrEqualTo(12);
            b.tick();
            assertThat(max(0) + max(1)).as("the pools' maxima within the usable 12").isLessThanOrEqualTo(12);
        }

        assertThat(List.of(max(0), max(1))).as("water-filling: 6 each").containsExactly(6, 6);
        HttpClient http = HttpClient.newHttpClient();
        String fromA = get(http, a, "/api/fleet");
        String fromB = get(http, b, "/api/fleet");
        assertThat(fromA).contains("\"usable\" : 12", "\"instance\" : \"a\"", "\"instance\" : \"b\"");
        assertThat(withoutReadTime(fromA)).isEqualTo(withoutReadTime(fromB));
        assertThat(get(http, a, "/metrics")).contains("guardian_fleet_budget{", "database=\"main\"",
                "guardian_fleet_reservation{", "instance=\"a\"", "pool=\"orders\"", "guardian_fleet_wanted{");
    }

    @Test
    void theDatabaseAndThePoolsAreSpokenForOnceByTheInstanceHoldingTheDuty() throws Exception {
        List<Guardian> ab = twoUnderPressure();
        Guardian a = ab.get(0);
        Guardian b = ab.get(1);
        ticks(6, a, b);

        assertThat(databaseAlerts(a)).filteredOn(v -> v.labels().get("condition").equals("fleet_overcommitted")).singleElement().satisfies(v -> {
            assertThat(v.labels()).containsEntry("condition", "fleet_overcommitted").containsEntry("pool", "database:main");
            // the figures are read a moment apart from the pools' own, so a connection may be counted outside for a tick
            assertThat(v.summary()).contains("the fleet wants", "are usable (usable", "= max_connections 14 - reserved 0 - margin 2",
                    "put a pooler (PgBouncer)");
        });
        assertThat(databaseAlerts(b)).as("b does not hold main's duty").isEmpty();
        assertThat(a.alerting().orElseThrow().desk().alerts()).filteredOn(v -> v.labels().get("pool").equals("orders"))
                .filteredOn(v -> v.labels().get("condition").equals("threads_waiting")).singleElement()
                .satisfies(v -> assertThat(v.summary()).contains("orders threads_waiting on 2 of 2 instances: a, b"));
        assertThat(b.alerting().orElseThrow().desk().alerts()).as("b's pool conditions are said by a, grouped, from b's first tick")
                .filteredOn(v -> v.labels().get("pool").equals("orders")).isEmpty();

        // once a has said it (after the group wait, 30 s), the duty manager acknowledges a's alert on b's API: b keeps
        // it in the store against the fleet's key, a applies it
        ticks(4, a, b);
        assertThat(said(NotificationAction.TRIGGER, a)).containsKey("fleet_overcommitted");
        String id = a.alerting().orElseThrow().desk().alerts().stream()
                .filter(v -> v.labels().get("condition").equals("fleet_overcommitted")).findFirst().orElseThrow().id();
        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ports.get(b) + "/api/alerts/" + id + "/ack"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"who\": \"ana\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(5));
        a.tick();
        assertThat(a.alerting().orElseThrow().desk().alert(id)).hasValueSatisfying(v -> {
            assertThat(v.acknowledged()).isTrue();
            assertThat(v.acknowledgedBy()).isEqualTo("ana");
        });
    }

    @Test
    void afterTheDutyHolderDiesTheNewHolderDoesNotSayAgainWhatTheFleetSaidAndSaysEachAllClearOnce() throws Exception {
        List<Guardian> ab = twoUnderPressure();
        Guardian a = ab.get(0);
        Guardian b = ab.get(1);
        // a takes the duty and, after the group wait (30 s of the guardians' clock), says the fleet's conditions
        ticks(10, a, b);
        Map<String, Long> saidByA = said(NotificationAction.TRIGGER, a);
        assertThat(saidByA).containsKeys("fleet_overcommitted", "threads_waiting");
        assertThat(said(NotificationAction.TRIGGER, b)).isEmpty();

        // a is killed mid-condition: it ticks no more, and its lease runs out, and the duty with it
        try (Connection c = ledger.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'a'");
            s.execute("UPDATE fleet_budget SET duty_until = clock_timestamp() - interval '1 second'");
        }
        // b takes the duty and judges the fleet's conditions over its own health window before they fire (the pools'
        // real load decides how many ticks that takes: at most 30 here)
        for (int round = 0; round < 30 && !firing(b).containsAll(List.of("fleet_overcommitted", "threads_waiting")); round++) {
            ticks(1, b);
        }
        Fleet.State st = b.fleet().orElseThrow().state();
        assertThat(st.duties()).containsExactly("main");
        assertThat(firing(b)).as("b has the fleet's conditions firing now (b's view of the budget: %s, wanted %s)",
                st.budgets().stream().map(FleetBudget::arithmetic).toList(), st.wanted())
                .contains("fleet_overcommitted", "threads_waiting");
        assertThat(said(NotificationAction.TRIGGER, a, b)).as("one notification per condition on the one channel")
                .containsAllEntriesOf(saidByA).allSatisfy((condition, n) -> assertThat(n).as(condition).isEqualTo(1));

        // the load stops: the conditions clear, and b says each all-clear once
        loading = false;
        Eventually.await(Duration.ofSeconds(60), "threads_waiting cleared", () -> {
            clock.advance(Duration.ofSeconds(5));
            b.tick();
            return said(NotificationAction.RESOLVE, a, b).containsKey("threads_waiting");
        });
        ticks(3, b);
        assertThat(said(NotificationAction.RESOLVE, a, b)).allSatisfy((condition, n) -> assertThat(n).as(condition).isEqualTo(1));
        assertThat(said(NotificationAction.TRIGGER, a, b)).allSatisfy((condition, n) -> assertThat(n).as(condition).isEqualTo(1));
    }

    /** The conditions of the alerts firing on {@code g}'s desk. */
    private static List<String> firing(Guardian g) {
        return g.alerting().orElseThrow().desk().alerts().stream().filter(v -> v.state().equals(AlertView.FIRING))
                .map(v -> v.labels().get("condition")).toList();
    }

    /** Instances a and b on one store, each pool under more demand than it has. */
    private List<Guardian> twoUnderPressure() throws Exception {
        GuardianStore store = store(5432);
        Guardian a = instance("a", store, FleetTrouble.LOG);
        Guardian b = instance("b", store, FleetTrouble.LOG);
        Eventually.await(Duration.ofSeconds(20), "both pools under pressure", () -> pools.stream()
                .allMatch(p -> p.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0));
        return List.of(a, b);
    }

    /** {@code rounds} ticks of each instance, 5 s of the guardians' clock apart. */
    private void ticks(int rounds, Guardian... instances) {
        for (int round = 0; round < rounds; round++) {
            clock.advance(Duration.ofSeconds(5));
            for (Guardian g : instances) {
                g.tick();
            }
        }
    }

    /** Notifications of {@code action} the instances' outboxes hold, by condition (one channel: ops-log). */
    private Map<String, Long> said(NotificationAction action, Guardian... instances) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Guardian g : instances) {
            for (Notification n : outboxes.get(g).notifications()) {
                if (n.action() == action) {
                    out.merge(n.alert().condition(), 1L, Long::sum);
                }
            }
        }
        return out;
    }

    private static List<AlertView> databaseAlerts(Guardian g) {
        return g.alerting().orElseThrow().desk().alerts().stream()
                .filter(v -> v.labels().get("pool").startsWith("database:") || v.labels().get("condition").equals("db_headroom"))
                .toList();
    }

    @Test
    void anInstanceThatCannotReachTheStoreFreezesAtItsSizeSaysSoOnceAndRejoins() throws Exception {
        TcpProxy proxy = TcpProxy.to("127.0.0.1", 5432);
        closing.add(proxy);
        GuardianStore store = store(proxy.port());
        List<String> said = new CopyOnWriteArrayList<>();
        FleetTrouble recording = new FleetTrouble() {
            @Override
            public void frozen(String instance, String why) {
                said.add("frozen " + instance + ": " + why);
            }

            @Override
            public void recovered(String instance, String why) {
                said.add("rejoined " + instance);
            }
        };
        Guardian a = instance("a", store, recording);
        Eventually.await(Duration.ofSeconds(20), "the pool under pressure",
                () -> pools.get(0).getHikariPoolMXBean().getThreadsAwaitingConnection() > 0);
        a.tick();
        int held = max(0);

        proxy.cut();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(5));
            a.tick();
            assertThat(max(0)).as("never above the size it held when it lost the store").isLessThanOrEqualTo(held);
        }
        assertThat(said).singleElement().asString().startsWith("frozen a: the fleet store cannot be reached");
        assertThat(a.alerting().orElseThrow().desk().alerts()).filteredOn(v -> v.labels().get("condition").equals("fleet_frozen"))
                .singleElement().satisfies(v -> {
                    assertThat(v.state()).isEqualTo(AlertView.FIRING);
                    assertThat(v.summary()).contains("instance a holds its pools at their current size, no growth");
                });
        assertThat(a.scaling().orElseThrow().engine().status().get(0).lastDecision().orElseThrow().reason())
                .contains("fleet frozen at max " + held);

        proxy.restore();
        Eventually.await(Duration.ofSeconds(20), "rejoined", () -> {
            clock.advance(Duration.ofSeconds(5));
            a.tick();
            return said.contains("rejoined a");
        });
        Eventually.await(Duration.ofSeconds(20), "growing again once rejoined", () -> {
            clock.advance(Duration.ofSeconds(5));
            a.tick();
            return max(0) > held;
        });
        assertThat(said).hasSize(2);
        Eventually.await(Duration.ofSeconds(20), "the frozen alert resolved once rejoined", () -> {
            clock.advance(Duration.ofSeconds(5));
            a.tick();
            return a.alerting().orElseThrow().desk().alerts().stream()
                    .filter(v -> v.labels().get("condition").equals("fleet_frozen"))
                    .allMatch(v -> v.state().equals(AlertView.RESOLVED));
        });
        assertThat(a.alerting().orElseThrow().desk().alerts()).filteredOn(v -> v.labels().get("condition").equals("fleet_frozen"))
                .hasSize(1);
    }

    private String get(HttpClient http, Guardian g, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(g) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static String withoutReadTime(String json) {
        return json.replaceFirst("\"at\" : \"[^\"]*\"", "");
    }
}
