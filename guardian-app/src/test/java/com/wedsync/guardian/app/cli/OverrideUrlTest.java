package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.server.PostgresServerProbe;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.jdbc.server.ServerProbeConfig;
import com.wedsync.guardian.server.ServerView;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 4: {@code guardian override} finds a guardian on another port through {@code $GUARDIAN_URL}
 * (or {@code --url}), and when it cannot reach one, says how to point it elsewhere.
 */
class OverrideUrlTest {

    private static final String TOKEN = "override-url-t0ken";

    @TempDir
    Path dir;

    private GuardianStore store;
    private HikariDataSource ds;
    private Guardian guardian;

    @BeforeEach
    void start() {
        store = GuardianStore.open("jdbc:h2:mem:override-url-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null, null);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
        c.setUsername("postgres");
        c.setPoolName("orders");
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(1);
        ds = new HikariDataSource(c);
        PostgresServerProbe server = new PostgresServerProbe(ServerProbeConfig.builder().name("main")
                .jdbcUrl("jdbc:postgresql://127.0.0.1:5432/test").user("postgres").build(), Clock.systemUTC());
        guardian = Guardian.builder()
                .pool("orders", ds, "main")
                .database(new ServerViewSource() {
                    @Override
                    public String name() {
                        return "main";
                    }

                    @Override
                    public ServerView read(Instant now) {
                        return server.read(now);
                    }

                    @Override
                    public void close() {
                        server.close();
                    }
                })
                .scaling(ScalingPolicy.builder().mode(ScalingMode.RECOMMEND).floor(2).ceiling(12).build(), Map.of(),
                        new JdbcAuditLog(store.dataSource()), new JdbcForecastLedger(store.dataSource()))
                .http("127.0.0.1", 0)
                .adminToken(TOKEN)
                .start();
    }

    @AfterEach
    void stop() {
        guardian.close();
        ds.close();
        store.close();
    }

    @Test
    void guardianUrlInTheEnvironmentPointsTheCommandAtAGuardianOnAnotherPort() throws Exception {
        try (GuardianProcess override = GuardianProcess.start(dir,
                Map.of("GUARDIAN_URL", "http://127.0.0.1:" + guardian.httpPort(), "GUARDIAN_ADMIN_TOKEN", TOKEN),
                "override", "--actor", "ana", "--reason", "failover drill", "--expires", "2h", "--pool", "orders",
                "--action", "grow")) {
            assertThat(override.exitCode(60)).as(override.err()).isZero();
            assertThat(override.out()).contains("\"actor\"", "ana", "orders");
        }
        String listed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + guardian.httpPort() + "/api/overrides")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(listed).containsPattern("\"actor\"\\s*:\\s*\"ana\"").contains("failover drill");
    }

    @Test
    void whenNothingListensTheErrorSaysHowToPointItElsewhere() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliRun run = CliRun.of("override", "--actor", "ana", "--reason", "drill", "--expires", "2h", "--pool",
                "orders", "--action", "grow", "--url", "http://127.0.0.1:" + closed);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach the guardian at http://127.0.0.1:" + closed)
                .contains("--url http://HOST:PORT", "$GUARDIAN_URL")
                .doesNotContain("\tat ");
    }
}
