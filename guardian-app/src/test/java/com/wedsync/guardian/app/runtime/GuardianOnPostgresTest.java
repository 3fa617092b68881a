package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.wedsync.guardian.testing.Eventually;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The guardian watching a real HikariCP pool on the real PostgreSQL, end to end through its HTTP API. */
class GuardianOnPostgresTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-17T14:00:00Z"));
    private final List<Connection> held = new ArrayList<>();
    private final ExecutorService waiters = Executors.newFixedThreadPool(3);
    private HikariDataSource ds;

    private HikariDataSource pool() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
        c.setUsername("postgres");
        c.setPoolName("orders");
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(30_000);
        return new HikariDataSource(c);
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Connection c : held) {
            c.close();
        }
        waiters.shutdownNow();
        if (ds != null) {
            ds.close();
        }
    }

    @Test
    void aSaturatedPoolIsJudgedCriticalWithItsReasonsAndServedOverHttp() throws Exception {
        ds = pool();
        try (Guardian guardian = Guardian.builder().clock(clock)
                .probe(HikariPoolProbe.attach("orders", ds, clock))
                .build()) {
            guardian.tick();
            assertThat(guardian.view().pools()).singleElement()
                    .satisfies(p -> assertThat(p.health().status()).isEqualTo(HealthStatus.HEALTHY));

            for (int i = 0; i < 4; i++) {
                held.add(ds.getConnection());
            }
            for (int i = 0; i < 3; i++) {
                waiters.submit(() -> {
                    try (Connection c = ds.getConnection()) {
                        return c.isValid(1);
                    }
                });
            }
            Eventually.await(Duration.ofSeconds(10), "three threads waiting",
                    () -> ds.getHikariPoolMXBean().getThreadsAwaitingConnection() == 3);

            for (int i = 0; i < 30; i++) {
                clock.advance(Duration.ofSeconds(1));
                guardian.tick();
            }

            PoolStatus orders = guardian.view().pools().get(0);
            assertThat(orders.snapshot().used()).isEqualTo(4);
            assertThat(orders.snapshot().pending()).isEqualTo(3);
            assertThat(orders.health().status()).isEqualTo(HealthStatus.CRITICAL);
            assertThat(orders.health().reasons()).extracting(r -> r.condition())
                    .contains("saturation", "threads_waiting");
        }
    }

    @Test
    void theHttpApiServesPoolsAndHealth() throws Exception {
        ds = pool();
        try (Guardian guardian = Guardian.builder().clock(clock)
                .probe(HikariPoolProbe.attach("orders", ds, clock))
                .tick(Duration.ofMillis(100))
                .http("127.0.0.1", 0)
                .start()) {
            Eventually.await(Duration.ofSeconds(10), "a first tick", () -> !guardian.view().pools().isEmpty()
                    && guardian.view().pools().get(0).health() != null);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> pools = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guardian.httpPort() + "/api/pools")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> healthz = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guardian.httpPort() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());

            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guardian.httpPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains(
                    "db_client_connection_count{criticality=\"1\",db_client_connection_pool_name=\"orders\"",
                    "state=\"used\"", "state=\"idle\"", "db_client_connection_max{",
                    "db_client_connection_pending_requests{", "guardian_pool_health{");
            assertThat(healthz.statusCode()).isEqualTo(200);
            assertThat(pools.statusCode()).isEqualTo(200);
            assertThat(pools.body()).contains("\"name\" : \"orders\"", "\"status\" : \"", "\"reasons\"",
                    "\"max\" : 4", "\"level\" : \"ROUTINE\"");
        }
    }
}
