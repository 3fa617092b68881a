package com.wedsync.guardian.hikari.jmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.pool.PoolResizer.ResizeException;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Resizing a real pool over a real JMX/RMI connection, on its PoolConfig bean. */
class JmxPoolResizerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-13T14:00:00Z"));

    @Test
    void resizesThroughThePoolConfigBeanAndEvicts() throws Exception {
        String poolName = "remote-" + UUID.randomUUID().toString().substring(0, 8);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:" + poolName + ";DB_CLOSE_DELAY=-1");
        c.setPoolName(poolName);
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(4);
        c.setRegisterMbeans(true);
        try (HikariDataSource ds = new HikariDataSource(c);
             JmxServer server = JmxServer.start(null, null);
             JmxPoolProbe probe = JmxPoolProbe.connect(JmxTarget.builder(server.url(), poolName).build(), clock)) {
            JmxPoolResizer resizer = probe.resizer();
            assertThat(resizer.current()).isEqualTo(new PoolSize(4, 4));

            resizer.resize(new PoolSize(8, 6));
            assertThat(ds.getMaximumPoolSize()).isEqualTo(8);
            assertThat(ds.getMinimumIdle()).isEqualTo(6);
            // The new maximum is in force: the pool now gives out 8 connections at once.
            List<Connection> held = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                held.add(ds.getConnection());
            }
            assertThat(probe.snapshot().used()).isEqualTo(8);
            for (Connection h : held) {
                h.close();
            }

            resizer.resize(new PoolSize(2, 1));
            assertThat(resizer.current()).isEqualTo(new PoolSize(2, 1));
            resizer.softEvictIdle();
            Eventually.until(Duration.ofSeconds(10), "the total fallen to 2", () -> probe.snapshot().total(), t -> t <= 2);
        }
    }

    @Test
    void unreachableJvmGivesAResizeExceptionWithTheCause() throws Exception {
        JmxServer server = JmxServer.start(null, null);
        String url = server.url();
        server.stop();
        JmxPoolResizer resizer = JmxPoolResizer.connect(JmxTarget.builder(url, "orders").build(), clock);
        assertThatThrownBy(() -> resizer.resize(new PoolSize(10, 5)))
                .isInstanceOf(ResizeException.class)
                .hasMessageContaining("could not read MaximumPoolSize of pool orders")
                .hasMessageContaining("JMX connection to " + url + " failed");
    }
}
