package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.TcpProxy;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The database goes away behind a proxy the test cuts: the pool turns DOWN with the cause, then recovers alone. */
class PoolDownAndRecoveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String PASSWORD = "s3cret-Passw0rd";

    @Test
    void cutDatabaseIsDownWithCauseAndRecoversWhenItReturns() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(Postgres.HOST, Postgres.PORT)) {
            HikariConfig config = Postgres.config(proxy.port(), 3, 2);
            // Trust auth ignores it; it is here to prove it never reaches the cause.
            config.setPassword(PASSWORD);
            config.setJdbcUrl(config.getJdbcUrl() + "&password=" + PASSWORD);
            try (HikariDataSource ds = new HikariDataSource(config); Workload app = new Workload(ds)) {
                HikariPoolProbe probe = HikariPoolProbe.attach("bookings", ds, Clock.systemUTC());
                app.loop(2);
                Eventually.until(PATIENCE, "pool up", probe::snapshot, s -> s.reachable() && s.total() > 0);

                proxy.cut();
                PoolSnapshot down = Eventually.until(PATIENCE, "pool DOWN after the cut",
                        probe::snapshot, s -> s.reachability() == Reachability.DOWN);
                assertThat(down.cause()).startsWith("database unreachable").doesNotContain(PASSWORD);
                assertThat(down.cause()).containsIgnoringCase("refused");
                assertThat(down.total()).isZero();
                assertThat(down.max()).as("the configuration is still known").isEqualTo(3);

                proxy.restore();
                PoolSnapshot back = Eventually.until(PATIENCE, "pool back",
                        probe::snapshot, s -> s.reachability() == Reachability.REACHABLE && s.total() > 0);
                assertThat(back.cause()).isEmpty();
                long before = app.successes.sum();
                Eventually.until(PATIENCE, "the application served again", app.successes::sum, n -> n > before + 10);
            }
        }
    }

    @Test
    void poolStartedWhileDatabaseIsAwayIsDownThenUp() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(Postgres.HOST, Postgres.PORT)) {
            proxy.cut();
            try (HikariDataSource ds = new HikariDataSource(Postgres.config(proxy.port(), 2, 1))) {
                HikariPoolProbe probe = HikariPoolProbe.attach("venues", ds, Clock.systemUTC());
                PoolSnapshot down = Eventually.until(PATIENCE, "pool DOWN at start",
                        probe::snapshot, s -> s.reachability() == Reachability.DOWN);
                assertThat(down.cause()).containsIgnoringCase("refused");
                proxy.restore();
                Eventually.until(PATIENCE, "pool up once the database is", probe::snapshot, s -> s.reachable() && s.total() > 0);
            }
        }
    }
}
