package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.Notification;
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
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * Guardians of one fleet on the real PostgreSQL (a schema of its own), whose alert outbox is {@code guardian_outbox} of
 * the store the fleet shares, as a fleet runs with one store; each serves its real HTTP API on loopback. Their alerts
 * go to {@code ops-log} and escalate to {@code duty-log} a minute later unless acknowledged; the time is a clock the
 * test moves, 5 s a tick.
 */
final class OneStoreFleet implements AutoCloseable {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String TOKEN = "fleet-one-store-token";

    final MutableClock clock = new MutableClock(Instant.parse("2026-10-13T10:00:00Z"));
    final ScratchSchema schema;
    final GuardianStore store;
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final Map<Guardian, Integer> ports = new HashMap<>();

    OneStoreFleet(String prefix) throws SQLException {
        schema = ScratchSchema.create(prefix, PG, "postgres", null);
        store = schema.open(Duration.ofSeconds(5));
    }

    /** Closed with the fleet, the last added first. */
    <T extends AutoCloseable> T closing(T resource) {
        closing.add(resource);
        return resource;
    }

    /** A fleet store of its own for one instance, with the short timeouts a heartbeat has. */
    DataSource fleetStore() {
        return closing(schema.open(Duration.ofSeconds(1))).dataSource();
    }

    /**
     * Instance {@code id} watching {@code pool} (named orders) on the database {@code main} that {@code database}
     * reads, its route grouping by {@code groupBy} with no group wait, joined to the fleet through {@code fleetStore}.
     */
    Guardian instance(String id, String groupBy, HikariDataSource pool, ServerViewSource database, ScalingPolicy policy,
                      DataSource fleetStore) throws IOException {
        var alerts = new ConfigLoader(Map.<String, String>of()::get).parse("""
                instance: %s
                alerts:
                  channels: [{name: ops-log, type: log}, {name: duty-log, type: log}]
                  routes: {receivers: [ops-log], groupBy: %s, groupWait: 0s, escalation: duty}
                  escalation:
                    - name: duty
                      levels: [{after: 60s, channels: [duty-log]}]
                """.formatted(id, groupBy), "test.yaml").alerts();
        Guardian g = closing(Guardian.builder().clock(clock)
                .alerts(alerts, new JdbcOutbox(store.dataSource()))
                .pool("orders", pool, "main")
                .database(database)
                .scaling(policy, Map.of(), AuditLog.inMemory(), new JdbcForecastLedger(store.dataSource()))
                .fleet(new Fleet(id, Duration.ofSeconds(30), fleetStore, FleetTrouble.LOG, true))
                .build());
        ApiServer api = closing(GuardianApi.routes(g, ApiServer.builder().adminToken(TOKEN)).start("127.0.0.1", 0));
        ports.put(g, api.port());
        return g;
    }

    /** A HikariCP pool on the real PostgreSQL, of at most {@code max} connections. */
    HikariDataSource pool(String name, int max) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(PG + "?ApplicationName=" + name);
        c.setUsername("postgres");
        c.setPoolName(name);
        c.setMaximumPoolSize(max);
        return closing(new HikariDataSource(c));
    }

    /** {@code POST /api/alerts/{key}/ack} by ana on {@code g}'s API. */
    HttpResponse<String> ack(Guardian g, String key) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ports.get(g) + "/api/alerts/" + key + "/ack"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"who\": \"ana\"}")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The instance is killed: it ticks no more, and its lease and the duty it held have run out. */
    void dies(String instance) throws SQLException {
        sql("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = '" + instance + "'");
        sql("UPDATE fleet_budget SET duty_until = clock_timestamp() - interval '1 second'");
    }

    /** {@code rounds} ticks of each instance, in the order given, 5 s of the guardians' clock apart. */
    void ticks(int rounds, Guardian... instances) {
        for (int round = 0; round < rounds; round++) {
            clock.advance(Duration.ofSeconds(5));
            for (Guardian g : instances) {
                g.tick();
            }
        }
    }

    static AlertView firing(Guardian g, String condition) {
        return g.alerting().orElseThrow().desk().alerts().stream()
                .filter(v -> v.labels().get("condition").equals(condition) && v.state().equals(AlertView.FIRING))
                .findFirst().orElse(null);
    }

    /** Every notification the shared outbox holds, oldest first. */
    List<Notification> said() throws SQLException {
        List<Notification> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, notification FROM guardian_outbox ORDER BY seq")) {
            while (rs.next()) {
                out.add(NotificationCodec.read(rs.getString(2), rs.getString(1)));
            }
        }
        return out;
    }

    /** The notifications about {@code condition}, oldest first. */
    List<Notification> saidAbout(String condition) throws SQLException {
        return said().stream().filter(n -> n.alert().condition().equals(condition)).toList();
    }

    long count(String query) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void sql(String statement) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Override
    public void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        store.close();
        schema.close();
    }
}
