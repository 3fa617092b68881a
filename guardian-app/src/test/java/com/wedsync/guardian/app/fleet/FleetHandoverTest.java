package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.http.ApiServer;
import com.wedsync.guardian.app.http.GuardianApi;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.outbox.NotificationCodec;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.dispatch.ClaimLease;
import com.wedsync.guardian.notify.dispatch.DispatchOutcome;
import com.wedsync.guardian.notify.dispatch.OutboxDispatcher;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, the fleet's one voice across a duty handover, on the real PostgreSQL (a schema of its own): two guardians
 * whose alert outbox is {@code guardian_outbox} of the store the fleet shares, as a fleet runs with one store. The
 * database they watch says 13 of its 14 connections are taken, so whoever holds its duty alerts {@code db_headroom}
 * at once (group wait 0) and escalates to {@code duty-log} a minute later unless it is acknowledged; the fleet also
 * wants more than the 0 usable connections ({@code fleet_overcommitted}), a condition nobody acknowledges here.
 */
class FleetHandoverTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String TOKEN = "fleet-handover-token";
    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(20)
            .saturationCeiling(40).headroomMargin(2).scaleDownWindow(Duration.ZERO).cooldown(Duration.ZERO).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-13T10:00:00Z"));
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final Map<Guardian, Integer> ports = new HashMap<>();
    private final ScratchSchema schema;
    private final GuardianStore store;

    FleetHandoverTest() throws SQLException {
        schema = ScratchSchema.create("fleet_handover_test", PG, "postgres", null);
        store = schema.open(Duration.ofSeconds(5));
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        store.close();
        schema.close();
    }

    @Test
    void aHolderThatFailsBetweenItsClaimAndItsOutboxEntryLeavesNothingClaimedAndTheNextHolderSaysIt() throws Exception {
        // the holder "dies" in the middle: its outbox write fails after the claim's insert, in the same transaction
        sql("CREATE FUNCTION " + schema.name() + ".dying() RETURNS trigger AS $$ BEGIN"
                + " RAISE EXCEPTION 'the holder died before its outbox entry was written'; END $$ LANGUAGE plpgsql");
        sql("CREATE TRIGGER dying BEFORE INSERT ON " + schema.name() + ".guardian_outbox FOR EACH ROW EXECUTE FUNCTION "
                + schema.name() + ".dying()");
        Guardian a = instance("a");
        Guardian b = instance("b");
        ticks(3, a, b);
        assertThat(a.fleet().orElseThrow().state().duties()).containsExactly("main");
        assertThat(firing(a, "db_headroom")).as("a decided to say it").isNotNull();
        assertThat(count("SELECT COUNT(*) FROM fleet_notice")).as("nothing claimed: the claim rolled back with the entry").isZero();
        assertThat(said()).isEmpty();

        dies("a");
        sql("DROP TRIGGER dying ON " + schema.name() + ".guardian_outbox");
        ticks(3, b);

        assertThat(b.fleet().orElseThrow().state().duties()).containsExactly("main");
        assertThat(said()).filteredOn(n -> n.alert().condition().equals("db_headroom"))
                .as("the next holder says what the dead one could not").singleElement().satisfies(n -> {
                    assertThat(n.action()).isEqualTo(NotificationAction.TRIGGER);
                    assertThat(n.channel()).isEqualTo("ops-log");
                    assertThat(n.alert().labels()).containsEntry("instance", "b");
                });
        assertThat(count("SELECT COUNT(*) FROM fleet_notice WHERE action = 'TRIGGER' AND sent_by = 'b'")).isPositive();
    }

    @Test
    void anEntryOneInstanceCommittedIsDeliveredByAnothersDispatcherOnceTheFirstsClaimLapses() throws Exception {
        Guardian a = instance("a");
        Guardian b = instance("b");
        ticks(3, a, b);
        Notification trigger = said().stream().filter(n -> n.alert().condition().equals("db_headroom")).findFirst().orElseThrow();
        assertThat(trigger.alert().labels()).containsEntry("instance", "a");

        // a's dispatcher takes the entry for five minutes and dies before sending it; a never dispatches again
        JdbcOutbox outbox = new JdbcOutbox(store.dataSource());
        Outbox.Entry entry = outbox.due(clock.instant(), 100).stream().filter(e -> e.id().equals(trigger.id())).findFirst()
                .orElseThrow();
        assertThat(outbox.claim(entry, "a-dispatcher", clock.instant(), clock.instant().plus(Duration.ofMinutes(5)))).isTrue();
        List<Notification> delivered = new CopyOnWriteArrayList<>();
        OutboxDispatcher bDispatcher = new OutboxDispatcher(outbox, Map.of("ops-log", recording("ops-log", delivered),
                "duty-log", recording("duty-log", delivered)), ResilienceConfig.DEFAULT, clock, 100, null,
                new ClaimLease("b-dispatcher", Duration.ofMinutes(5)));

        assertThat(bDispatcher.drainAll(5)).extracting(DispatchOutcome::notificationId).as("a's claim still holds")
                .doesNotContain(trigger.id());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        bDispatcher.drainAll(5);

        assertThat(delivered).filteredOn(n -> n.id().equals(trigger.id())).as("delivered once, by b").hasSize(1);
        assertThat(outbox.find(trigger.id()).orElseThrow().state()).isEqualTo(Outbox.State.DELIVERED);
    }

    @Test
    void anAckOfTheOldHoldersAlertThroughAnotherInstanceHoldsAfterTheHandover() throws Exception {
        Guardian a = instance("a");
        Guardian b = instance("b");
        ticks(3, a, b);
        String id = firing(a, "db_headroom").id();
        assertThat(said()).filteredOn(n -> n.alert().condition().equals("db_headroom")).singleElement();

        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ports.get(b) + "/api/alerts/" + id + "/ack"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"who\": \"ana\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);

        dies("a");
        // well past the escalation's minute, counted from b's own alert
        ticks(30, b);

        assertThat(b.fleet().orElseThrow().state().duties()).containsExactly("main");
        AlertView atB = firing(b, "db_headroom");
        assertThat(atB.acknowledged()).as("b treats the fleet's condition as acknowledged").isTrue();
        assertThat(atB.acknowledgedBy()).isEqualTo("ana");
        List<Notification> headroom = said().stream().filter(n -> n.alert().condition().equals("db_headroom")).toList();
        assertThat(headroom).filteredOn(n -> n.action() == NotificationAction.TRIGGER).as("no repeat, no escalation")
                .singleElement().satisfies(n -> assertThat(n.channel()).isEqualTo("ops-log"));
        assertThat(said()).filteredOn(n -> n.channel().equals("duty-log")).extracting(n -> n.alert().condition())
                .as("escalation suppressed for the acknowledged condition; the fleet's other, unacknowledged, escalates")
                .containsExactly("fleet_overcommitted");
    }

    private Guardian instance(String id) throws Exception {
        var alerts = new ConfigLoader(Map.<String, String>of()::get).parse("""
                instance: %s
                alerts:
                  channels: [{name: ops-log, type: log}, {name: duty-log, type: log}]
                  routes: {receivers: [ops-log], groupBy: [pool, condition], groupWait: 0s, escalation: duty}
                  escalation:
                    - name: duty
                      levels: [{after: 60s, channels: [duty-log]}]
                """.formatted(id), "test.yaml").alerts();
        GuardianStore fleetStore = schema.open(Duration.ofSeconds(1));
        closing.add(fleetStore);
        Guardian g = Guardian.builder().clock(clock)
                .alerts(alerts, new JdbcOutbox(store.dataSource()))
                .pool("orders", idlePool(id + "-orders"), "main")
                .database(nearlyFull())
                .scaling(ENFORCE, Map.of(), AuditLog.inMemory(), new JdbcForecastLedger(store.dataSource()))
                .fleet(new Fleet(id, Duration.ofSeconds(30), fleetStore.dataSource(), FleetTrouble.LOG, true))
                .build();
        closing.add(g);
        ApiServer api = GuardianApi.routes(g, ApiServer.builder().adminToken(TOKEN)).start("127.0.0.1", 0);
        closing.add(api);
        ports.put(g, api.port());
        return g;
    }

    /** A pool of the fleet on the real PostgreSQL, idle: the conditions here are the database's. */
    private HikariDataSource idlePool(String name) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(PG + "?ApplicationName=" + name);
        c.setUsername("postgres");
        c.setPoolName(name);
        c.setMaximumPoolSize(2);
        HikariDataSource ds = new HikariDataSource(c);
        closing.add(ds);
        return ds;
    }

    /** The watched database as the guardians read it: 13 of 14 connections taken. */
    private static ServerViewSource nearlyFull() {
        return ServerViewSource.of("main", now -> new ServerView("main", now, true, "", 14, 0, Map.of("active", 13), Map.of()),
                () -> { });
    }

    /** The instance is killed: it ticks no more, and its lease and the duty it held have run out. */
    private void dies(String instance) throws SQLException {
        sql("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = '" + instance + "'");
        sql("UPDATE fleet_budget SET duty_until = clock_timestamp() - interval '1 second'");
    }

    private void ticks(int rounds, Guardian... instances) {
        for (int round = 0; round < rounds; round++) {
            clock.advance(Duration.ofSeconds(5));
            for (Guardian g : instances) {
                g.tick();
            }
        }
    }

    private static AlertView firing(Guardian g, String condition) {
        return g.alerting().orElseThrow().desk().alerts().stream()
                .filter(v -> v.labels().get("condition").equals(condition) && v.state().equals(AlertView.FIRING))
                .findFirst().orElse(null);
    }

    /** Every notification the shared outbox holds, oldest first. */
    private List<Notification> said() throws SQLException {
        List<Notification> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, notification FROM guardian_outbox ORDER BY seq")) {
            while (rs.next()) {
                out.add(NotificationCodec.read(rs.getString(2), rs.getString(1)));
            }
        }
        return out;
    }

    private long count(String query) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Notifier recording(String name, List<Notification> delivered) {
        return new Notifier() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String type() {
                return "log";
            }

            @Override
            public DeliveryResult deliver(Notification n) {
                delivered.add(n);
                return DeliveryResult.delivered(200, "recorded");
            }
        };
    }
}
