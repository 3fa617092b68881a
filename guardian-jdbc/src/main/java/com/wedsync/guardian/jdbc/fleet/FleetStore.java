package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.ConditionGroup;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.Division;
import com.wedsync.guardian.fleet.FleetBudget;
import com.wedsync.guardian.fleet.FleetRound;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.Holding;
import com.wedsync.guardian.fleet.PoolReport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fleet in PostgreSQL. One heartbeat is one transaction: renew the instance's lease, then, for each of its
 * databases in name order (so two instances never wait on each other crosswise), lock the database's budget
 * row, write the instance's pool rows, read every live pool on it and grant the instance's pools their
 * reservations. Everything that changes a reservation holds that lock, and the rows are read after it is
 * taken (READ COMMITTED gives each statement a fresh snapshot), so the sum of reservations on a database
 * passes its usable budget only where pools already hold the connections, never through a grant.
 */
public final class FleetStore {

    /** Called with the budget row locked: a test holds it here to make two instances race. */
    @FunctionalInterface
    interface LockHook {
        LockHook NONE = database -> { };

        void locked(String database);
    }

    private final DataSource dataSource;
    private final LockHook hook;

    public FleetStore(DataSource dataSource) {
        this(dataSource, LockHook.NONE);
    }

    FleetStore(DataSource dataSource, LockHook hook) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.hook = hook;
    }

    /** Registers or renews the instance and divides its databases; throws when the store cannot be reached. */
    public FleetRound beat(Heartbeat hb) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                FleetRound round = beat(c, hb);
                c.commit();
                return round;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FleetStoreException("fleet heartbeat of " + hb.instance() + " failed: " + e.getMessage(), e);
        }
    }

    private FleetRound beat(Connection c, Heartbeat hb) throws SQLException {
        boolean lapsed = renew(c, hb);
        Map<String, DatabaseReport> reports = hb.databases().stream()
                .collect(Collectors.toMap(DatabaseReport::database, r -> r, (a, b) -> a));
        Map<String, List<PoolReport>> byDatabase = new TreeMap<>();
        hb.pools().forEach(p -> byDatabase.computeIfAbsent(p.database(), d -> new ArrayList<>()).add(p));
        forgetOtherPools(c, hb);
        Map<String, Grant> grants = new LinkedHashMap<>();
        List<FleetBudget> budgets = new ArrayList<>();
        Map<String, Integer> wanted = new HashMap<>();
        Set<String> duties = new java.util.HashSet<>();
        List<ConditionGroup> groups = new ArrayList<>();
        FleetConditions.replace(c, hb);
        for (Map.Entry<String, List<PoolReport>> e : byDatabase.entrySet()) {
            String db = e.getKey();
            long seq = lock(c, db);
            hook.locked(db);
            for (PoolReport p : e.getValue()) {
                upsertPool(c, hb.instance(), p);
            }
            DatabaseReport report = reports.get(db);
            List<Holding> live = live(c, db);
            int fleetOpen = live.stream().mapToInt(Holding::open).sum();
            boolean known = report != null && report.available();
            FleetBudget budget = known ? new FleetBudget(db, report.maxConnections(), report.reserved(), report.margin(),
                    report.serverConnections(), fleetOpen) : new FleetBudget(db, 0, 0, 0, 0, fleetOpen);
            Set<String> mine = e.getValue().stream().map(p -> Holding.key(hb.instance(), p.pool())).collect(Collectors.toSet());
            Map<String, Division.Portion> portions = Division.divide(budget, live, mine, lapsed || !known);
            Map<String, Holding> byKey = new HashMap<>();
            live.forEach(h -> byKey.put(h.key(), h));
            for (PoolReport p : e.getValue()) {
                String key = Holding.key(hb.instance(), p.pool());
                Division.Portion portion = portions.get(key);
                Holding before = byKey.get(key);
                boolean rises = portion.reservation() > before.reservation();
                if (rises) {
                    seq++;
                }
                long token = grant(c, hb.instance(), p.pool(), portion, rises ? seq : -1);
                String reason = known ? portion.reason() : "fleet: no server view of database " + db + ", holding max " + p.max();
                grants.put(p.pool(), new Grant(p.pool(), db, portion.reservation(), portion.share(), token, reason));
            }
            if (known) {
                budgets.add(budget);
            }
            wanted.put(db, live.stream().mapToInt(h -> Math.max(0, h.wanted())).sum());
            recordDivision(c, db, seq, budget, known, hb.instance());
            if (takeDuty(c, db, hb)) {
                duties.add(db);
                groups.addAll(FleetConditions.groups(c, db, live));
            }
        }
        Map<String, String> acks = duties.isEmpty() ? Map.of() : FleetAcks.pending(c);
        return new FleetRound(lapsed, grants, budgets, wanted, duties, groups, acks);
    }

    /** Renews this instance's duty for the database, or takes it when nobody holds it or its holder's lease ran out. */
    private static boolean takeDuty(Connection c, String db, Heartbeat hb) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE fleet_budget SET duty_instance = ?, duty_until = clock_timestamp() + make_interval(secs => ?)
                WHERE database = ? AND (duty_instance = ? OR duty_instance IS NULL OR duty_until < clock_timestamp())""")) {
            s.setString(1, hb.instance());
            s.setDouble(2, hb.lease().toMillis() / 1000.0);
            s.setString(3, db);
            s.setString(4, hb.instance());
            return s.executeUpdate() == 1;
        }
    }

    /** Renews the lease; true when it had already run out (others may have taken what the instance held). */
    private static boolean renew(Connection c, Heartbeat hb) throws SQLException {
        boolean lapsed = false;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT lease_until < clock_timestamp() FROM fleet_instance WHERE instance_id = ? FOR UPDATE")) {
            s.setString(1, hb.instance());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    lapsed = rs.getBoolean(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_instance (instance_id, joined_at, heartbeat_at, lease_until)
                SELECT ?, now.t, now.t, now.t + make_interval(secs => ?) FROM (SELECT clock_timestamp() AS t) now
                ON CONFLICT (instance_id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at, lease_until = EXCLUDED.lease_until,
                    joined_at = CASE WHEN fleet_instance.lease_until < EXCLUDED.heartbeat_at THEN EXCLUDED.joined_at
                                     ELSE fleet_instance.joined_at END""")) {
            s.setString(1, hb.instance());
            s.setDouble(2, hb.lease().toMillis() / 1000.0);
            s.executeUpdate();
        }
        if (lapsed) {
            // What it held was given back when the lease ran out; it starts again from the sizes it has.
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE fleet_pool SET reservation = max_size, share = max_size, grant_token = 0 WHERE instance_id = ?")) {
                s.setString(1, hb.instance());
                s.executeUpdate();
            }
        }
        return lapsed;
    }

    private static void forgetOtherPools(Connection c, Heartbeat hb) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM fleet_pool WHERE instance_id = ? AND NOT (pool = ANY (?))")) {
            s.setString(1, hb.instance());
            s.setArray(2, c.createArrayOf("varchar", hb.pools().stream().map(PoolReport::pool).toArray()));
            s.executeUpdate();
        }
    }

    private static long lock(Connection c, String db) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fleet_budget (database) VALUES (?) ON CONFLICT DO NOTHING")) {
            s.setString(1, db);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT grant_seq FROM fleet_budget WHERE database = ? FOR UPDATE")) {
            s.setString(1, db);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void upsertPool(Connection c, String instance, PoolReport p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO fleet_pool (instance_id, pool, database, max_size, min_idle, open_connections, used_connections,
                                        wanted, priority, criticality, weight, reservation, share, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                ON CONFLICT (instance_id, pool) DO UPDATE SET database = EXCLUDED.database, max_size = EXCLUDED.max_size,
                    min_idle = EXCLUDED.min_idle, open_connections = EXCLUDED.open_connections,
                    used_connections = EXCLUDED.used_connections, wanted = EXCLUDED.wanted, priority = EXCLUDED.priority,
                    criticality = EXCLUDED.criticality, weight = EXCLUDED.weight, updated_at = EXCLUDED.updated_at""")) {
            int i = 1;
            s.setString(i++, instance);
            s.setString(i++, p.pool());
            s.setString(i++, p.database());
            s.setInt(i++, p.max());
            s.setInt(i++, p.minIdle());
            s.setInt(i++, p.open());
            s.setInt(i++, p.used());
            s.setInt(i++, p.wanted());
            s.setInt(i++, p.priority());
            s.setInt(i++, p.criticality());
            s.setDouble(i++, p.weight());
            s.setInt(i++, p.max());
            s.setInt(i, p.max());
            s.executeUpdate();
        }
    }

    private static List<Holding> live(Connection c, String db) throws SQLException {
        List<Holding> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT p.instance_id, p.pool, p.max_size, p.open_connections, p.wanted, p.weight, p.reservation
                FROM fleet_pool p JOIN fleet_instance i ON i.instance_id = p.instance_id
                WHERE p.database = ? AND i.lease_until > clock_timestamp()""")) {
            s.setString(1, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Holding(Holding.key(rs.getString(1), rs.getString(2)), rs.getString(2), rs.getInt(3),
                            rs.getInt(4), rs.getInt(5), rs.getDouble(6), rs.getInt(7)));
                }
            }
        }
        return out;
    }

    /** Writes the pool's reservation (and a new token when it rose); returns the token in force. */
    private static long grant(Connection c, String instance, String pool, Division.Portion portion, long newToken)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE fleet_pool SET reservation = ?, share = ?,
                    grant_token = CASE WHEN ? >= 0 THEN ? ELSE grant_token END
                WHERE instance_id = ? AND pool = ? RETURNING grant_token""")) {
            s.setInt(1, portion.reservation());
            s.setInt(2, portion.share());
            s.setLong(3, newToken);
            s.setLong(4, newToken);
            s.setString(5, instance);
            s.setString(6, pool);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void recordDivision(Connection c, String db, long seq, FleetBudget b, boolean known, String by)
            throws SQLException {
        String figures = known ? ", max_connections = ?, reserved = ?, margin = ?, server_connections = ?, fleet_open = ?, usable = ?"
                : "";
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE fleet_budget SET grant_seq = ?, divided_at = clock_timestamp(), divided_by = ?%s,
                    wanted = (SELECT COALESCE(SUM(p.wanted), 0) FROM fleet_pool p JOIN fleet_instance i USING (instance_id)
                              WHERE p.database = ? AND i.lease_until > clock_timestamp()),
                    reserved_sum = (SELECT COALESCE(SUM(GREATEST(p.reservation, p.max_size)), 0) FROM fleet_pool p
                              JOIN fleet_instance i USING (instance_id) WHERE p.database = ? AND i.lease_until > clock_timestamp())
                WHERE database = ?""".formatted(figures))) {
            int i = 1;
            s.setLong(i++, seq);
            s.setString(i++, by);
            if (known) {
                s.setInt(i++, b.maxConnections());
                s.setInt(i++, b.reserved());
                s.setInt(i++, b.margin());
                s.setInt(i++, b.serverConnections());
                s.setInt(i++, b.fleetOpen());
                s.setInt(i++, b.usable());
            }
            s.setString(i++, db);
            s.setString(i++, db);
            s.setString(i, db);
            s.executeUpdate();
        }
    }

    /**
     * The fence: true while the pool's grant {@code token} is still the one in force, covers {@code max}, and the
     * instance's lease is alive by the store's clock. Asked just before a growth is applied.
     */
    public boolean confirm(String instance, String pool, long token, int max) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM fleet_pool p JOIN fleet_instance i ON i.instance_id = p.instance_id
                WHERE p.instance_id = ? AND p.pool = ? AND p.grant_token = ? AND p.reservation >= ?
                  AND i.lease_until > clock_timestamp()""")) {
            s.setString(1, instance);
            s.setString(2, pool);
            s.setLong(3, token);
            s.setInt(4, max);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Removes instances whose lease ran out more than {@code olderThanSeconds} ago, with their pools. */
    public int forgetDeparted(long olderThanSeconds) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM fleet_instance WHERE lease_until < clock_timestamp() - make_interval(secs => ?)")) {
            s.setLong(1, olderThanSeconds);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new FleetStoreException("cannot remove departed fleet instances: " + e.getMessage(), e);
        }
    }
}
