package com.wedsync.guardian.hikari.jmx;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real pool read over a real JMX/RMI connection: figures, a lost connection, backoff, credentials. */
class JmxPoolProbeTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private HikariDataSource ds;
    private String poolName;

    @BeforeEach
    void pool() {
        poolName = "remote-" + UUID.randomUUID().toString().substring(0, 8);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:" + poolName + ";DB_CLOSE_DELAY=-1");
        c.setUsername("sa");
        c.setPoolName(poolName);
        c.setMaximumPoolSize(6);
        c.setMinimumIdle(2);
        c.setRegisterMbeans(true);
        ds = new HikariDataSource(c);
    }

    @AfterEach
    void closePool() {
        ds.close();
    }

    @Test
    void readsTheRemotePoolsCountsAndSize() throws Exception {
        try (JmxServer server = JmxServer.start(null, null);
             JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(server.url(), poolName).name("bookings").build(), clock);
             Connection a = ds.getConnection(); Connection b = ds.getConnection(); Connection c = ds.getConnection()) {
            // HikariCP may still be opening idle connections on its own thread: the remote total must lie
            // between the local totals read just before and just after the snapshot.
            int totalBefore = ds.getHikariPoolMXBean().getTotalConnections();
            PoolSnapshot s = probe.snapshot();
            int totalAfter = ds.getHikariPoolMXBean().getTotalConnections();
            assertThat(s.reachability()).isEqualTo(Reachability.REACHABLE);
            assertThat(s.pool()).isEqualTo("bookings");
            assertThat(s.at()).isEqualTo(T0);
            assertThat(s.used()).isEqualTo(3);
            assertThat(s.total()).isBetween(totalBefore, totalAfter);
            assertThat(s.max()).isEqualTo(6);
            assertThat(s.minIdle()).isEqualTo(2);
            assertThat(s.pending()).isZero();
        }
    }

    @Test
    void lostConnectionIsUnknownThenReconnectsWithBackoff() throws Exception {
        try (JmxServer server = JmxServer.start(null, null);
             JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(server.url(), poolName)
                     .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(4)).timeout(Duration.ofSeconds(2)).build(), clock)) {
            assertThat(probe.snapshot().reachable()).isTrue();

            server.stop();
            PoolSnapshot lost = probe.snapshot();
            assertThat(lost.reachability()).isEqualTo(Reachability.UNKNOWN);
            assertThat(lost.cause()).contains("JMX connection to", "lost");

            // Attempts at +1 s and +3 s fail (backoff 1 s, then 2 s); before each, no attempt is made.
            clock.advance(Duration.ofMillis(999));
            assertThat(probe.snapshot().cause()).contains("next attempt at " + T0.plusSeconds(1));
            clock.advance(Duration.ofMillis(1));
            assertThat(probe.snapshot().cause()).contains("failed").contains("next attempt at " + T0.plusSeconds(3));

            server.start();
            clock.advance(Duration.ofSeconds(1));
            assertThat(probe.snapshot().reachability()).as("still backing off at +2 s").isEqualTo(Reachability.UNKNOWN);
            clock.advance(Duration.ofSeconds(1));
            PoolSnapshot back = probe.snapshot();
            assertThat(back.reachability()).isEqualTo(Reachability.REACHABLE);
            assertThat(back.max()).isEqualTo(6);
        }
    }

    @Test
    void backoffIsCappedAtItsMaximum() throws Exception {
        try (ServerSocket nothing = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = nothing.getLocalPort();
            nothing.close();
            String url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
            try (JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(url, poolName)
                    .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(3)).build(), clock)) {
                List<String> causes = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    causes.add(probe.snapshot().cause());
                    clock.advance(Duration.ofSeconds(3));
                }
                // Failures at 0, 3, 6, 9 s: waits 1, 2, 3 (capped), 3 s.
                assertThat(causes.get(0)).contains("failed", "next attempt at " + T0.plusSeconds(1));
                assertThat(causes.get(1)).contains("next attempt at " + T0.plusSeconds(5));
                assertThat(causes.get(2)).contains("next attempt at " + T0.plusSeconds(9));
                assertThat(causes.get(3)).contains("next attempt at " + T0.plusSeconds(12));
            }
        }
    }

    @Test
    void credentialsAreUsedAndNeverShown() throws Exception {
        String secret = "Hunter2-secret";
        String wrong = "Hunter2-wrong";
        try (JmxServer server = JmxServer.start("guardian", secret)) {
            try (JmxPoolProbe bad = JmxPoolProbe.connect(JmxTarget.builder(server.url(), poolName)
                    .credentials("guardian", wrong).build(), clock)) {
                PoolSnapshot s = bad.snapshot();
                assertThat(s.reachability()).isEqualTo(Reachability.UNKNOWN);
                assertThat(s.cause()).contains("bad credentials").doesNotContain(wrong);
            }
            try (JmxPoolProbe good = JmxPoolProbe.connect(JmxTarget.builder(server.url(), poolName)
                    .credentials("guardian", secret).build(), clock)) {
                assertThat(good.snapshot().reachable()).isTrue();
                assertThat(JmxTarget.builder(server.url(), poolName).credentials("guardian", secret).build().toString())
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    void poolWithoutBeansIsUnknownWithAHint() throws Exception {
        try (JmxServer server = JmxServer.start(null, null);
             JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(server.url(), "no-such-pool").build(), clock)) {
            PoolSnapshot s = probe.snapshot();
            assertThat(s.reachability()).isEqualTo(Reachability.UNKNOWN);
            assertThat(s.cause()).contains("Pool (no-such-pool)", "registerMbeans=true");
        }
    }

    @Test
    void readsPoolsRegisteredUnderHikariCpsSecondNamingScheme() throws Exception {
        String name = "v2-" + UUID.randomUUID().toString().substring(0, 8);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        c.setPoolName(name);
        c.setMaximumPoolSize(3);
        c.setMinimumIdle(1);
        c.setRegisterMbeans(true);
        HikariDataSource v2;
        // HikariCP reads the property when it registers the beans, at pool start.
        System.setProperty("hikaricp.jmx.register2.0", "true");
        try {
            v2 = new HikariDataSource(c);
        } finally {
            System.clearProperty("hikaricp.jmx.register2.0");
        }
        try (v2; JmxServer server = JmxServer.start(null, null);
             JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(server.url(), name).build(), clock)) {
            PoolSnapshot s = probe.snapshot();
            assertThat(s.reachable()).as(s.cause()).isTrue();
            assertThat(s.max()).isEqualTo(3);
        }
    }

    @Test
    void silentServerCostsTheTickNoMoreThanTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + silent.getLocalPort() + "/jmxrmi";
            try (JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(url, poolName)
                    .timeout(Duration.ofMillis(200)).build(), clock)) {
                long start = System.nanoTime();
                PoolSnapshot s = probe.snapshot();
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(s.reachability()).isEqualTo(Reachability.UNKNOWN);
                assertThat(s.cause()).contains("no answer within 200 ms");
                // Generous bound: what matters is that it did not wait for the socket (which never answers).
                assertThat(tookMs).isLessThan(5_000);
            }
        }
    }

    @Test
    void badTargetsAreRejectedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JmxTarget.builder("http://x", "p"))
                .hasMessageContaining("serviceUrl must be a JMX service URL");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JmxTarget.builder("service:jmx:rmi:///jndi/rmi://h:1/jmxrmi", " "))
                .hasMessageContaining("poolName must not be blank");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JmxTarget.builder("service:jmx:rmi:///jndi/rmi://h:1/jmxrmi", "p")
                .timeout(Duration.ZERO)).hasMessage("timeout must be between PT0.05S and PT1M, but was PT0S");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JmxTarget.builder("service:jmx:rmi:///jndi/rmi://h:1/jmxrmi", "p")
                .initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(5)).build())
                .hasMessageContaining("maxBackoff must be >= initialBackoff");
    }
}
