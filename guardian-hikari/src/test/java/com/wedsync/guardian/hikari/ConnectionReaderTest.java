package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's one pass over HikariCP's connection list counts what the pool's own MXBean counts
 * (which walk the list once per figure) and finds the oldest borrow still out; where the list is not
 * readable (another HikariCP version), the MXBean counts and the bag's in-use connections give the same.
 * Runs on HikariCP 7.x and, in a second execution, on 6.3.
 */
class ConnectionReaderTest {

    @Test
    void countsAsThePoolDoesAndAgesTheOldestBorrow() throws Exception {
        countsAsThePoolDoesAndAgesTheOldestBorrow(PoolInternals.HIKARI);
    }

    @Test
    void withoutTheListTheMxBeanCountsAndTheBagGiveTheSame() throws Exception {
        countsAsThePoolDoesAndAgesTheOldestBorrow(new PoolInternals(Map.of("ConcurrentBag.sharedList", "listOfAnotherVersion")));
    }

    private static void countsAsThePoolDoesAndAgesTheOldestBorrow(PoolInternals internals) throws Exception {
        try (HikariDataSource ds = new HikariDataSource(H2Pools.config(5))) {
            HikariPoolProbe probe = HikariPoolProbe.attach("h2", ds, Clock.systemUTC());
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            PoolInternals.ConnectionReader reader = internals.connectionReader(pool);
            assertThat(reader.reads(pool)).isTrue();

            List<Connection> held = new ArrayList<>();
            long firstBorrow = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                held.add(ds.getConnection());
            }
            try {
                PoolInternals.Connections counted = Eventually.until(Duration.ofSeconds(10), "the first borrow 20 ms old",
                        reader::read, c -> c.oldestBorrowAgeMs() >= 20);
                long heldMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstBorrow);
                assertThat(counted.active()).isEqualTo(3).isEqualTo(pool.getActiveConnections());
                assertThat(counted.idle()).isEqualTo(pool.getIdleConnections());
                assertThat(counted.total()).isEqualTo(pool.getTotalConnections()).isGreaterThanOrEqualTo(3);
                assertThat(counted.oldestBorrowAgeMs()).isBetween(20L, heldMs);

                PoolSnapshot s = probe.snapshot();
                assertThat(s.used()).isEqualTo(3);
                assertThat(s.used() + s.idle()).isLessThanOrEqualTo(5);
            } finally {
                for (Connection c : held) {
                    c.close();
                }
            }
            PoolInternals.Connections after = reader.read();
            assertThat(after.active()).isZero();
            assertThat(after.oldestBorrowAgeMs()).as("none out").isZero();
            assertThat(after.idle()).isEqualTo(after.total()).isEqualTo(pool.getTotalConnections());
        }
    }
}
