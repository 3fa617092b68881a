package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.ConditionGroup;
import com.wedsync.guardian.fleet.Contention;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.FleetBudget;
import com.wedsync.guardian.fleet.FleetClaim;
import com.wedsync.guardian.fleet.FleetRound;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.Holding;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.fleet.ReservationRule;
import com.wedsync.guardian.fleet.WaterLevel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fleet in PostgreSQL. One heartbeat is one transaction: renew the instance's lease, then, for each of its
 * databases in name order (so two instances never wait on each other crosswise), lock the database's budget row and
 * grant the instance's pools their reservations. The budget row keeps running sums over the pools counted in it
 * (reserved, open, wanted, weight), so a grant reads that one row and the caller's own pool rows under the lock,
 * whatever the size of the fleet, and writes back its own change to the sums in the same transaction. The shares come
 * from the division's water level in that row; the instance holding the database's duty recomputes it once a tick
 * from a read of every live pool taken before the lock, and takes the pools of instances whose lease ran out out of
 * the sums. Everything that changes a reservation or the sums holds the lock, and reads after taking it (READ
 * COMMITTED gives each statement a fresh snapshot), so the sum of reservations passes the usable budget only where
 * pools already hold the connections, never through a grant.
 */
public final class FleetStore {

    /** Called with the budget row locked: a test holds it here to make two instances race. */
    @FunctionalInterface
    interface LockHook {
        LockHook NONE = database -> { };

        void locked(String database);
    }

    /** Instances gone this long, with nothing counted any more, are deleted by a duty holder. */
    static final int DEPARTED_SECONDS = 3_600;

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

    /** What one heartbeat gathers across its databases. */
    private static final class Round {
        final Map<String, Grant> grants = new LinkedHashMap<>();
        final List<FleetBudget> budgets = new ArrayList<>();
        final Map<String, Integer> wanted = new HashMap<>();
        final Set<String> duties = new HashSet<>();
        final List<ConditionGroup> groups = new ArrayList<>();
    }

    private FleetRound beat(Connection c, Heartbeat hb) throws SQLException {
        boolean lapsed = renew(c, hb);
        Map<String, DatabaseReport> reports = new HashMap<>();
        hb.databases().forEach(r -> reports.putIfAbsent(r.database(), r));
        Map<String, String> rowDatabase = PoolRows.databases(c, hb.instance());
        Map<String, List<PoolReport>> reported = new TreeMap<>();
        Round round = new Round();
        for (PoolReport p : hb.pools()) {
            String was = rowDatabase.get(p.pool());
            if (was != null && !was.equals(p.database())) {
                // Its row is counted on another database: that one lets it go this beat, this one takes it at the next.
                round.grants.put(p.pool(), new Grant(p.pool(), p.database(), p.held(), p.held(), 0, "fleet: pool " + p.pool()
                        + " moved from database " + was + " to " + p.database() + ", holding max " + p.max() + " this tick"));
            } else {
                reported.computeIfAbsent(p.database(), d -> new ArrayList<>()).add(p);
            }
        }
        FleetConditions.replace(c, hb);
        Set<String> databases = new TreeSet<>(reported.keySet());
        databases.addAll(rowDatabase.values());
        for (String db : databases) {
            database(c, hb, db, reported.getOrDefault(db, List.of()), reports.get(db), lapsed, round);
        }
        Map<String, String> acks = round.duties.isEmpty() ? Map.of() : FleetAcks.pending(c);
        return new FleetRound(lapsed, round.grants, round.budgets, round.wanted, round.duties, round.groups, acks);
    }

    /** One database of the heartbeat: the budget row locked, the caller's pools granted, the sums written back. */
    private void database(Connection c, Heartbeat hb, String db, List<PoolReport> pools, DatabaseReport report, boolean lapsed,
                          Round round) throws SQLException {
        // Before the lock: whoever divides reads every live pool now, so that the lock is held only for the grants.
        Budget.Peek peek = Budget.peek(c, db, hb.instance(), hb.outsideHold());
        List<Holding> live = peek.divides() ? live(c, db) : null;
        boolean known = report != null && report.available();
        int departedOpen = known ? peek.departedOpen() : 0;   // and what the holder releases now
        Budget before = Budget.lock(c, db, hb.outsideHold());
        hook.locked(db);
        boolean holder = takeDuty(c, db, hb);
        Budget.Sums sums = before.sums();
        if (holder) {
            Budget.Sums released = PoolRows.releaseDeparted(c, db);
            sums = sums.minus(released);
            departedOpen += released.open();
            forgetDeparted(c, DEPARTED_SECONDS);
        }
        Map<String, PoolRows.Row> own = PoolRows.own(c, hb.instance(), db);
        for (PoolRows.Row r : own.values()) {
            if (r.counted()) {
                sums = sums.minus(r.figures());
            }
        }
        int ownOpen = pools.stream().mapToInt(PoolReport::open).sum();
        FleetBudget budget = known ? new FleetBudget(db, report.maxConnections(), report.reserved(), report.margin(),
                report.serverConnections(), sums.open() + ownOpen) : new FleetBudget(db, 0, 0, 0, 0, sums.open() + ownOpen);
        // A pool joining now brings connections that earlier heartbeats saw as nobody's: they leave the kept peak, even
        // on a heartbeat that cannot read the server (an instance's first often cannot yet).
        int joining = pools.stream().filter(p -> own.get(p.pool()) == null || !own.get(p.pool()).counted())
                .mapToInt(PoolReport::open).sum();
        int keptPeak = Math.max(0, before.outsidePeak() - joining);
        int unaccounted = 0;
        if (known) {
            unaccounted = FleetBudget.unaccounted(report.serverConnections(),
                    Math.max(mayHold(before, sums, pools, own), budget.fleetOpen()), departedOpen);
            budget = budget.withPeak(unaccounted, keptPeak, departedOpen, hb.outsideHold());
            keptPeak = budget.outsidePeak();
        }
        WaterLevel level = before.level();
        boolean divided = false;
        if (known && (holder || level == null)) {
            level = WaterLevel.of(budget.usable(), claims(live != null ? live : live(c, db), hb.instance(), pools));
            divided = true;
        }
        level = level == null ? WaterLevel.UNBOUNDED : level;
        long seq = before.grantSeq();
        int released = 0;
        int granted = 0;
        int wantedAll = sums.wanted() + pools.stream().mapToInt(p -> Math.max(0, p.wanted())).sum();
        int poolsAll = sums.pools() + pools.size();
        List<PoolReport> sorted = new ArrayList<>(pools);
        sorted.sort(Comparator.comparing(PoolReport::pool));
        for (PoolReport p : sorted) {
            String key = Holding.key(hb.instance(), p.pool());
            PoolRows.Row old = own.get(p.pool());
            int held = p.held();
            boolean divides = known && !lapsed;
            // Without a view of the server (or a lease) nothing is divided: the pool holds what it has, neither more nor less.
            int share = divides ? level.share(key, Math.max(0, p.wanted()), p.weight()) : held;
            int others = sums.reserved();
            int reservation = divides ? ReservationRule.next(held, share, budget.usable(), others) : held;
            int oldReservation = old != null && old.counted() ? old.figures().reserved() : 0;
            released += Math.max(0, lastOpen(old) - p.open());
            granted += Math.max(0, reservation - oldReservation);
            long token;
            if (lapsed) {
                token = 0;
            } else if (reservation > oldReservation) {
                token = ++seq;
            } else {
                token = old == null ? 0 : old.token();
            }
            PoolRows.write(c, hb.instance(), p, reservation, share, token);
            sums = sums.plus(new Budget.Sums(reservation, p.open(), Math.max(0, p.wanted()), p.weight(), 1));
            String reason = !known ? "fleet: no server view of database " + db + ", holding max " + p.max()
                    : lapsed ? "fleet lease had lapsed: holding max " + p.max() + " this tick"
                    : ReservationRule.reason(p.pool(), held, p.max(), share, budget.usable(), others, wantedAll, poolsAll,
                    p.weight(), budget.arithmetic());
            // Contended: the fleet wants more than it may use, so what a pool gives back goes to pools waiting for it.
            Contention contention = divides ? new Contention(Math.max(0, wantedAll), budget.usable()) : Contention.UNKNOWN;
            round.grants.put(p.pool(), new Grant(p.pool(), db, reservation, share, token, reason, contention));
        }
        Set<String> reportedHere = new HashSet<>();
        pools.forEach(p -> reportedHere.add(p.pool()));
        PoolRows.forget(c, hb.instance(), db, own.keySet().stream().filter(p -> !reportedHere.contains(p)).toList());
        Budget.write(c, db, seq, sums, known ? budget : null, new Budget.Peak(keptPeak, known && unaccounted >= keptPeak,
                released, granted, hb.lease()), divided ? level : null, hb.instance());
        if (known) {
            round.budgets.add(budget);
        }
        round.wanted.put(db, sums.wanted());
        if (holder) {
            round.duties.add(db);
            round.groups.addAll(FleetConditions.groups(c, db, live != null ? live : live(c, db)));
        }
    }

    /**
     * What the live pools may hold on the server now: the others' open connections and what they were granted within a
     * lease (a pool opens connections before its next heartbeat reports them), never more than their reservations; the
     * connections they closed within a lease (closed asynchronously, and a server view may be a refresh old); this
     * instance's pools as they are or as open at its last heartbeat.
     */
    private static int mayHold(Budget before, Budget.Sums others, List<PoolReport> pools, Map<String, PoolRows.Row> own) {
        return Math.min(others.reserved(), others.open() + before.granted()) + before.released()
                + pools.stream().mapToInt(p -> Math.max(p.held(), lastOpen(own.get(p.pool())))).sum();
    }

    /** What the pool reported open at its last heartbeat, as counted in the sums (0 for a row not counted). */
    private static int lastOpen(PoolRows.Row row) {
        return row != null && row.counted() ? row.figures().open() : 0;
    }

    /** Every live pool's claim, the caller's own with the figures of this heartbeat. */
    private static List<FleetClaim> claims(List<Holding> live, String instance, List<PoolReport> mine) {
        Map<String, FleetClaim> out = new LinkedHashMap<>();
        for (Holding h : live) {
            out.put(h.key(), new FleetClaim(h.key(), Math.max(0, h.wanted()), h.weight()));
        }
        for (PoolReport p : mine) {
            String key = Holding.key(instance, p.pool());
            out.put(key, new FleetClaim(key, Math.max(0, p.wanted()), p.weight()));
        }
        return new ArrayList<>(out.values());
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
        return lapsed;
    }

    /** The live pools on the database (lease alive by the store's clock), read without the lock. */
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

    /**
     * Removes instances whose lease ran out more than {@code olderThanSeconds} ago and whose pools no budget counts
     * any more (a duty holder takes them out of the sums first, within a tick of their lease).
     */
    public int forgetDeparted(long olderThanSeconds) {
        try (Connection c = dataSource.getConnection()) {
            return forgetDeparted(c, olderThanSeconds);
        } catch (SQLException e) {
            throw new FleetStoreException("cannot remove departed fleet instances: " + e.getMessage(), e);
        }
    }

    private static int forgetDeparted(Connection c, long olderThanSeconds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM fleet_instance i WHERE i.lease_until < clock_timestamp() - make_interval(secs => ?)
                  AND NOT EXISTS (SELECT 1 FROM fleet_pool p WHERE p.instance_id = i.instance_id AND p.counted)""")) {
            s.setLong(1, olderThanSeconds);
            return s.executeUpdate();
        }
    }
}
