package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * HikariCP's own permanent fault (docs/pools-and-database.md): the first connection's isolation read fails with a
 * connection error, and from then on every new connection fails although PostgreSQL is fine. The network blip at
 * that one moment cannot be arranged on loopback, so the first connection's {@code getTransactionIsolation} throws
 * what the driver throws then (SQLState 08006); everything else is the real driver and database.
 */
class LostIsolationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void aPoolThatLostItsIsolationIsSaidToBeBrokenNotTheDatabase() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(config(firstIsolationReadFails()))) {
            HikariPoolProbe probe = HikariPoolProbe.attach("timeline", ds, Clock.systemUTC());
            PoolSnapshot down = Eventually.until(PATIENCE, "pool DOWN", probe::snapshot,
                    s -> s.reachability() == Reachability.DOWN);
            assertThat(down.cause()).isEqualTo(HikariPoolProbe.LOST_ISOLATION)
                    .doesNotStartWith("database unreachable");
            // and it really stays broken while the database answers: the fault is the pool's
            assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class);
            try (Connection direct = postgres().getConnection()) {
                assertThat(direct.isValid(1)).isTrue();
            }
            assertThat(probe.snapshot().cause()).isEqualTo(HikariPoolProbe.LOST_ISOLATION);
        }
    }

    @Test
    void settingTheIsolationAsTheCauseAdvisesKeepsThePoolWell() throws Exception {
        HikariConfig config = config(firstIsolationReadFails());
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        try (HikariDataSource ds = new HikariDataSource(config)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("timeline", ds, Clock.systemUTC());
            Eventually.until(PATIENCE, "pool up", probe::snapshot, s -> s.reachable() && s.total() > 0);
            try (Connection c = ds.getConnection()) {
                assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private static HikariConfig config(DataSource source) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(source);
        c.setPoolName("iso-" + UUID.randomUUID().toString().substring(0, 8));
        c.setMaximumPoolSize(2);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(250);
        c.setValidationTimeout(250);
        c.setInitializationFailTimeout(-1);
        return c;
    }

    private static PGSimpleDataSource postgres() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {Postgres.HOST});
        pg.setPortNumbers(new int[] {Postgres.PORT});
        pg.setDatabaseName("test");
        pg.setUser("postgres");
        return pg;
    }

    /** PostgreSQL, except that the very first isolation read fails as a dropped connection's would. */
    private static DataSource firstIsolationReadFails() {
        PGSimpleDataSource pg = postgres();
        AtomicInteger reads = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(LostIsolationTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(pg, method, args);
                    if (result instanceof Connection real) {
                        return Proxy.newProxyInstance(LostIsolationTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    if (m.getName().equals("getTransactionIsolation") && reads.getAndIncrement() == 0) {
                                        throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                                    }
                                    return invoke(real, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
