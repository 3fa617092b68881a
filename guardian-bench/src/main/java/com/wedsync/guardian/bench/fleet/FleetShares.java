package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.fleet.FleetClaim;
import com.wedsync.guardian.fleet.Holding;
import com.wedsync.guardian.fleet.WaterFilling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fleet's live pools at one moment, as the store holds them, beside the answer of the project's water-filling
 * ({@link WaterFilling}) over their wanted and weight and the budget row's usable: how far each pool's max size and
 * reservation are from the share the division gives it now.
 *
 * @param usable the budget row's usable (what the fleet divides), or -1 before the row exists
 * @param duty   the instance holding the database's duty, or "" when none does
 * @param lines  one per live pool, by member (m1, m2, ..., m10)
 */
record FleetShares(int usable, String duty, List<Line> lines) {

    /** The database every member's pool is on. */
    static final String DATABASE = "main";

    /**
     * One live pool's row: {@code fleet_pool} of an instance whose lease has not run out by the store's clock.
     *
     * @param fleetShare the share the fleet wrote for the pool at its last heartbeat
     */
    record Pool(String instance, String pool, int wanted, double weight, int reservation, int max, int fleetShare) {

        String key() {
            return Holding.key(instance, pool);
        }
    }

    /** A pool and the water-filling's share of it. */
    record Line(Pool pool, int share) {

        int maxOff() {
            return Math.abs(pool.max() - share);
        }

        int reservationOff() {
            return Math.abs(pool.reservation() - share);
        }
    }

    FleetShares {
        lines = List.copyOf(lines);
    }

    /** The water-filling of {@code usable} over the pools' wanted and weight (as the fleet divides: wanted below 0 is 0). */
    static FleetShares of(int usable, String duty, Collection<Pool> pools) {
        List<Pool> sorted = new ArrayList<>(pools);
        sorted.sort(Comparator.comparingInt((Pool p) -> p.instance().length()).thenComparing(Pool::instance).thenComparing(Pool::pool));
        Map<String, Integer> shares = WaterFilling.divide(Math.max(0, usable),
                sorted.stream().map(p -> new FleetClaim(p.key(), Math.max(0, p.wanted()), p.weight())).toList());
        return new FleetShares(usable, duty, sorted.stream().map(p -> new Line(p, shares.get(p.key()))).toList());
    }

    /** The budget row of the bench's database and every live pool on it, read now. */
    static FleetShares read(Statement store) throws SQLException {
        int usable = -1;
        String duty = "";
        try (ResultSet rs = store.executeQuery("SELECT usable, duty_instance, duty_until > clock_timestamp() FROM fleet_budget"
                + " WHERE database = '" + DATABASE + "'")) {
            if (rs.next()) {
                usable = rs.getInt(1);
                duty = rs.getBoolean(3) ? rs.getString(2) : "";
            }
        }
        List<Pool> pools = new ArrayList<>();
        try (ResultSet rs = store.executeQuery("""
                SELECT p.instance_id, p.pool, p.wanted, p.weight, p.reservation, p.max_size, p.share
                FROM fleet_pool p JOIN fleet_instance i ON i.instance_id = p.instance_id
                WHERE p.database = '%s' AND i.lease_until > clock_timestamp()""".formatted(DATABASE))) {
            while (rs.next()) {
                pools.add(new Pool(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7)));
            }
        }
        return of(usable, duty, pools);
    }

    Set<String> instances() {
        return lines.stream().map(l -> l.pool().instance()).collect(Collectors.toSet());
    }

    /** The largest |max size − share| over the live pools (0 with none). */
    int largestMaxOff() {
        return lines.stream().mapToInt(Line::maxOff).max().orElse(0);
    }

    /** The largest |reservation − share| over the live pools (0 with none). */
    int largestReservationOff() {
        return lines.stream().mapToInt(Line::reservationOff).max().orElse(0);
    }

    /** Whether every live pool weighs the same: only then is the smallest / largest pool a measure of fairness. */
    boolean equalWeights() {
        return lines.stream().mapToDouble(l -> l.pool().weight()).distinct().count() <= 1;
    }

    /** Smallest / largest max size of the live pools, NaN with none. */
    double fairness() {
        return fairness(lines.stream().map(l -> l.pool().max()).toList());
    }

    /** Smallest / largest of the sizes; NaN when there are none or the largest is not above 0. */
    static double fairness(Collection<? extends Number> sizes) {
        long min = sizes.stream().mapToLong(Number::longValue).min().orElse(0);
        long max = sizes.stream().mapToLong(Number::longValue).max().orElse(0);
        return max <= 0 ? Double.NaN : (double) min / max;
    }

    /**
     * The fleet has taken the kill in: the live pools are exactly the survivors' (the victim's lease has run out) and each
     * holds, as its max size or its reservation, at least its share of the division less one connection.
     */
    boolean redistributed(Set<String> survivors) {
        return instances().equals(survivors)
                && lines.stream().allMatch(l -> Math.max(l.pool().max(), l.pool().reservation()) >= l.share() - 1);
    }

    /** The per-member table, a header line first. */
    List<String> table() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-6s %6s %6s %6s %7s %11s %8s", "member", "weight", "wanted", "share", "fleet's",
                "reservation", "max size"));
        for (Line l : lines) {
            Pool p = l.pool();
            out.add(String.format(Locale.ROOT, "%-6s %6s %6d %6d %7d %11d %8d%s", p.instance(), weight(p.weight()), p.wanted(),
                    l.share(), p.fleetShare(), p.reservation(), p.max(), p.instance().equals(duty) ? "  duty" : ""));
        }
        return out;
    }

    /** "weighted shares within N connections of the water-filling answer", the figure the table gives. */
    String deviation() {
        return String.format(Locale.ROOT, "weighted shares: max size within %d connection%s of the water-filling answer over usable %d"
                        + " (largest |max size - share| of %d live pools), reservation within %d", largestMaxOff(),
                largestMaxOff() == 1 ? "" : "s", usable, lines.size(), largestReservationOff());
    }

    /** The live pools' weights in member order: "1,3,1". */
    String weights() {
        return lines.stream().map(l -> weight(l.pool().weight())).collect(Collectors.joining(","));
    }

    private static String weight(double w) {
        return w == Math.rint(w) && Math.abs(w) < 1e9 ? Long.toString((long) w) : String.format(Locale.ROOT, "%.2f", w);
    }
}
