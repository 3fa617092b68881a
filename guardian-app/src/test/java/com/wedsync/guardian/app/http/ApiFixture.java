package com.wedsync.guardian.app.http;

import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.GuardianBuilder;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.server.PostgresServerProbe;
import com.wedsync.guardian.jdbc.server.ServerProbeConfig;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A started guardian for API tests: a real HikariCP pool "orders" (max 4) on the shared PostgreSQL, that
 * database's own view, a store (audit log, ledger) in its own in-memory H2, alerts to a log channel, scaling in
 * recommend mode, the HTTP API on a free loopback port with {@link #TOKEN}.
 */
public final class ApiFixture implements AutoCloseable {

    public static final String TOKEN = "admin-t0ken";
    /** Alerts to a log channel, grouped for a second; a test may append keys (limits, say) to the section. */
    public static final String ALERTS_TO_LOG = """
            alerts:
              channels: [{name: ops-log, type: log}]
              routes: {receivers: [ops-log], groupWait: 1s, groupInterval: 5s, repeatInterval: 1h}
            """;

    final HikariDataSource ds;
    final GuardianStore store;
    public final Guardian guardian;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiFixture(String alertsYaml, UnaryOperator<GuardianBuilder> more) {
        store = GuardianStore.open("jdbc:h2:mem:api-test-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null, null);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
        c.setUsername("postgres");
        c.setPoolName("orders");
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(1);
        ds = new HikariDataSource(c);
        PostgresServerProbe server = new PostgresServerProbe(ServerProbeConfig.builder().name("main")
                .jdbcUrl("jdbc:postgresql://127.0.0.1:5432/test").user("postgres").build(), Clock.systemUTC());
        var alerts = new ConfigLoader(Map.<String, String>of()::get).parse(alertsYaml, "test.yaml").alerts();
        guardian = more.apply(Guardian.builder()
                .tick(Duration.ofMillis(100))
                .pool("orders", ds, "main")
                .database(ServerViewSource.of("main", server::read, server::close))
                .alerts(alerts, new InMemoryOutbox())
                .scaling(ScalingPolicy.builder().mode(ScalingMode.RECOMMEND).floor(2).ceiling(12).build(), Map.of(),
                        new JdbcAuditLog(store.dataSource()), new JdbcForecastLedger(store.dataSource()))
                .http("127.0.0.1", 0)
                .adminToken(TOKEN))
                .start();
        Eventually.await(Duration.ofSeconds(10), "a first tick", () -> !guardian.view().pools().isEmpty()
                && guardian.view().pools().get(0).health() != null);
    }

    public static ApiFixture start(String alertsYaml, UnaryOperator<GuardianBuilder> more) {
        return new ApiFixture(alertsYaml, more);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guardian.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guardian.httpPort() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        guardian.close();
        ds.close();
        store.close();
    }
}
