package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.FleetRound;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.PoolReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (c) on the real PostgreSQL: a heartbeat's work does not grow with the fleet. The budget row keeps running
 * sums, so an instance that does not divide reads its own pool rows, not the fleet's; and the sums stay exactly the
 * sums of the pools they count while instances come, change, shrink, stop and lapse.
 */
class FleetScaleTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final FleetSchema schema;

    FleetScaleTest() throws SQLException {
        schema = new FleetSchema();
    }

    @AfterEach
    void drop() throws SQLException {
        schema.close();
    }

    private static Heartbeat beat(String instance, int pools, int max, int wanted, int server) {
        List<PoolReport> ps = new ArrayList<>();
        for (int p = 0; p < pools; p++) {
            ps.add(new PoolReport("pool" + p, "main", max, 1, max, max, wanted, 1, 1));
        }
        return new Heartbeat(instance, LEASE, ps, List.of(new DatabaseReport("main", true, 5_000, 3, 5, server)));
    }

    @Test
    void aHeartbeatThatDoesNotDivideReadsItsOwnPoolRowsNotTheFleets() throws Exception {
        FleetStore fleet = schema.fleet();
        // the fleet: 100 instances x 5 pools; i0 took the duty (it divides once a tick)
        for (int i = 0; i < 100; i++) {
            fleet.beat(beat("i" + i, 5, 4, 6, 2_000));
        }
        schema.run("ANALYZE fleet_pool");
        schema.run("ANALYZE fleet_instance");

        try (Connection one = DriverManager.getConnection(FleetSchema.ADMIN_URL + "?currentSchema=" + schema.schema, "postgres", null)) {
            FleetStore onOne = new FleetStore(single(one));
            onOne.beat(beat("x", 1, 4, 6, 2_004)); // x registers (and the budget learns it)
            long before = poolRowsRead(one);
            Grant g = onOne.beat(beat("x", 1, 4, 6, 2_004)).grants().get("pool0");
            long read = poolRowsRead(one) - before;

            assertThat(g.reservation()).isEqualTo(6);
            assertThat(read).as("fleet_pool rows read by one heartbeat with 501 pools in the fleet").isLessThanOrEqualTo(10);
        }
    }

    /** Rows of fleet_pool this session's statements fetched so far (sequential and index scans), its stats flushed first. */
    private long poolRowsRead(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_force_next_flush()");
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(seq_tup_read, 0) + COALESCE(idx_tup_fetch, 0)"
                    + " FROM pg_stat_user_tables WHERE relid = 'fleet_pool'::regclass")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theBudgetRowsSumsStayTheSumsOfThePoolsItCountsWhileInstancesComeChangeAndGo() throws SQLException {
        FleetStore fleet = schema.fleet();
        Random random = new Random(12);
        Map<String, int[]> sizes = new HashMap<>();
        List<String> alive = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            int roll = random.nextInt(20);
            if (roll == 0 && alive.size() > 2) {
                // an instance stops beating: its lease runs out (aged, as time would)
                String gone = alive.remove(random.nextInt(alive.size()));
                schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = '"
                        + gone + "'");
                schema.run("UPDATE fleet_budget SET duty_until = clock_timestamp() - interval '1 second' WHERE duty_instance = '"
                        + gone + "'");
                continue;
            }
            String who = roll == 1 || alive.isEmpty() ? "i" + step : alive.get(random.nextInt(alive.size()));
            if (!alive.contains(who)) {
                alive.add(who);
            }
            int pools = 1 + random.nextInt(3);
            int[] size = sizes.computeIfAbsent(who, k -> new int[] {2});
            int server = sizes.values().stream().mapToInt(s -> s[0] * 3).sum() + 7;
            FleetRound round = fleet.beat(new Heartbeat(who, LEASE, pools(pools, size[0], 2 + random.nextInt(30)),
                    List.of(new DatabaseReport("main", true, 400, 3, 5, server))));
            Grant g = round.grants().get("pool0");
            // the pool obeys: it grows into its grant, or gives back to its share
            size[0] = Math.max(1, Math.min(g.reservation(), g.share()));
            assertSumsAreExact("after step " + step + " (" + who + ")", round.duties().contains("main"));
        }
    }

    private static List<PoolReport> pools(int n, int max, int wanted) {
        List<PoolReport> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            out.add(new PoolReport("pool" + p, "main", max, 1, max, max - 1, wanted + p, 1 + p, 1));
        }
        return out;
    }

    private void assertSumsAreExact(String when, boolean byTheHolder) throws SQLException {
        try (Connection c = schema.store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT b.reserved_sum, b.open_sum, b.wanted, b.weight_sum, b.pool_count,
                            COALESCE(SUM(p.reservation), 0), COALESCE(SUM(p.open_connections), 0), COALESCE(SUM(p.wanted), 0),
                            COALESCE(SUM(p.weight), 0), COUNT(p.pool)
                     FROM fleet_budget b LEFT JOIN fleet_pool p ON p.database = b.database AND p.counted
                     WHERE b.database = 'main'
                     GROUP BY b.reserved_sum, b.open_sum, b.wanted, b.weight_sum, b.pool_count""")) {
            rs.next();
            assertThat(rs.getInt(1)).as("reserved, " + when).isEqualTo(rs.getInt(6));
            assertThat(rs.getInt(2)).as("open, " + when).isEqualTo(rs.getInt(7));
            assertThat(rs.getInt(3)).as("wanted, " + when).isEqualTo(rs.getInt(8));
            assertThat(rs.getDouble(4)).as("weight, " + when).isCloseTo(rs.getDouble(9), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(rs.getInt(5)).as("pools, " + when).isEqualTo(rs.getInt(10));
        }
        if (!byTheHolder) {
            return;
        }
        try (Connection c = schema.store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT COUNT(*) FROM fleet_pool p JOIN fleet_instance i USING (instance_id)
                     WHERE p.counted AND i.lease_until <= clock_timestamp()""")) {
            rs.next();
            assertThat(rs.getInt(1)).as("pools of departed instances still counted after the holder's beat, " + when).isZero();
        }
    }

    /** A data source over one connection, so that the test reads the statistics of the session the heartbeat ran in. */
    private static DataSource single(Connection c) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(FleetScaleTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close") ? null
                        : method.invoke(c, args));
        return new DataSource() {
            @Override
            public Connection getConnection() {
                return unclosable;
            }

            @Override
            public Connection getConnection(String user, String password) {
                return unclosable;
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
