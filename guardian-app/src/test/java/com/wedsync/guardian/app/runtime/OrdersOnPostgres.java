package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.server.PostgresServerProbe;
import com.wedsync.guardian.jdbc.server.ServerProbeConfig;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.time.Clock;
import java.util.Map;

/**
 * A test's guardian over the real PostgreSQL: a small HikariCP pool "orders" on database "main" (with the
 * server's own view), scaled in recommend mode, its store an in-memory H2 of its own. Configure the rest on
 * {@link #builder()}; close this after the guardian.
 */
public final class OrdersOnPostgres implements AutoCloseable {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final GuardianStore store;
    private final HikariDataSource ds;

    public OrdersOnPostgres() {
        store = GuardianStore.open("jdbc:h2:mem:orders-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null, null);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(URL);
        c.setUsername("postgres");
        c.setPoolName("orders");
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(1);
        ds = new HikariDataSource(c);
    }

    /** A builder with the pool, the server's view and scaling; {@code clock} and {@code venueClock} as given. */
    public GuardianBuilder builder(Clock clock, Clock venueClock) {
        PostgresServerProbe server = new PostgresServerProbe(ServerProbeConfig.builder().name("main")
                .jdbcUrl(URL).user("postgres").build(), Clock.systemUTC());
        return Guardian.builder()
                .clock(clock)
                .venueClock(venueClock)
                .pool("orders", ds, "main")
                .database(ServerViewSource.of("main", server::read, server::close))
                .scaling(ScalingPolicy.builder().mode(ScalingMode.RECOMMEND).floor(2).ceiling(12).build(), Map.of(),
                        new JdbcAuditLog(store.dataSource()), new JdbcForecastLedger(store.dataSource()));
    }

    @Override
    public void close() {
        ds.close();
        store.close();
    }
}
