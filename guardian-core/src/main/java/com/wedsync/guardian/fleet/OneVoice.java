package com.wedsync.guardian.fleet;

import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One voice per database: the conditions of a whole database are raised by the one instance that holds its duty
 * lease, not by every instance that sees them. The others drop {@code db_headroom} from their pools' health;
 * the duty holder adds {@value #OVERCOMMITTED} for a database its fleet wants more of than it can give.
 */
public final class OneVoice {

    /** The database-scope condition of the health assessor (HealthAssessor.DB_HEADROOM). */
    public static final String DB_HEADROOM = "db_headroom";
    /** The fleet wants more connections of a database than it can give. */
    public static final String OVERCOMMITTED = "fleet_overcommitted";
    /** This instance cannot reach the fleet store or lost its lease: its pools are frozen at their size. */
    public static final String FROZEN = "fleet_frozen";
    /** The pool label of a database-scope alert: {@code database:NAME}. */
    public static final String DATABASE_PREFIX = "database:";
    /** The pool label of an instance-scope alert: {@code fleet:INSTANCE}. */
    public static final String INSTANCE_PREFIX = "fleet:";

    private OneVoice() {
    }

    /**
     * @param databaseOf each pool's database (pools without one keep every condition)
     * @param duties     the databases this instance speaks for
     * @param budgets    the databases as last divided, with {@code wanted} by database
     */
    public static List<PoolHealth> speak(Instant at, Collection<PoolHealth> healths, Map<String, String> databaseOf,
                                         Set<String> duties, List<FleetBudget> budgets, Map<String, Integer> wanted) {
        return speak(at, healths, databaseOf, duties, budgets, wanted, null);
    }

    /**
     * As above; with {@code groups} (not null) the pools of the fleet say their own conditions through the store
     * instead: each instance keeps only the database conditions it holds the duty of, and the duty holder adds
     * one health per pool name with each condition grouped across the fleet.
     */
    public static List<PoolHealth> speak(Instant at, Collection<PoolHealth> healths, Map<String, String> databaseOf,
                                         Set<String> duties, List<FleetBudget> budgets, Map<String, Integer> wanted,
                                         List<ConditionGroup> groups) {
        List<PoolHealth> out = new ArrayList<>();
        for (PoolHealth h : healths) {
            String db = databaseOf.get(h.pool());
            if (db == null) {
                out.add(h);
            } else if (groups != null) {
                out.add(keepOnly(h, duties.contains(db) ? Set.of(DB_HEADROOM) : Set.of()));
            } else {
                out.add(duties.contains(db) ? h : withoutHeadroom(h));
            }
        }
        if (groups != null) {
            for (PoolHealth g : grouped(at, groups)) {
                int same = indexOf(out, g.pool());
                if (same < 0) {
                    out.add(g);
                } else {
                    List<HealthReason> both = new ArrayList<>(out.get(same).reasons());
                    both.addAll(g.reasons());
                    out.set(same, with(g, both));
                }
            }
        }
        for (FleetBudget b : budgets) {
            int w = wanted.getOrDefault(b.database(), 0);
            if (duties.contains(b.database()) && w > b.usable()) {
                out.add(new PoolHealth(DATABASE_PREFIX + b.database(), at, HealthStatus.DEGRADED, List.of(
                        new HealthReason(OVERCOMMITTED, HealthStatus.DEGRADED, overcommitted(b, w)))));
            }
        }
        return out;
    }

    /** Everything this instance sees, and that it is frozen and why: said while it cannot take part in the fleet. */
    public static List<PoolHealth> frozen(Instant at, Collection<PoolHealth> healths, String instance, String why) {
        List<PoolHealth> out = new ArrayList<>(healths);
        out.add(new PoolHealth(INSTANCE_PREFIX + instance, at, HealthStatus.DEGRADED, List.of(new HealthReason(FROZEN,
                HealthStatus.DEGRADED, "instance " + instance + " holds its pools at their current size, no growth: " + why))));
        return out;
    }

    /** The figures and the advice that follows from them. */
    public static String overcommitted(FleetBudget b, int wanted) {
        return "the fleet wants " + wanted + " connections of database " + b.database() + " but " + b.usable()
                + " are usable (" + b.arithmetic() + "): put a pooler (PgBouncer) in front of it, raise max_connections,"
                + " or lower the priority of the pools that matter less";
    }

    /** The conditions a pool is in, as its instance reports them to the fleet (all but the database's own). */
    public static List<ConditionReport> conditions(Collection<PoolHealth> healths, Set<String> fleetPools) {
        List<ConditionReport> out = new ArrayList<>();
        for (PoolHealth h : healths) {
            if (fleetPools.contains(h.pool())) {
                for (HealthReason r : h.reasons()) {
                    if (r.status() != HealthStatus.HEALTHY && !r.condition().equals(DB_HEADROOM)) {
                        out.add(new ConditionReport(h.pool(), r.condition(), r.status(), r.message()));
                    }
                }
            }
        }
        return out;
    }

    private static List<PoolHealth> grouped(Instant at, List<ConditionGroup> groups) {
        Map<String, List<HealthReason>> byPool = new java.util.LinkedHashMap<>();
        for (ConditionGroup g : groups) {
            byPool.computeIfAbsent(g.pool(), p -> new ArrayList<>()).add(new HealthReason(g.condition(), g.worst(), g.message()));
        }
        List<PoolHealth> out = new ArrayList<>();
        byPool.forEach((pool, reasons) -> out.add(new PoolHealth(pool, at,
                reasons.stream().map(HealthReason::status).reduce(HealthStatus.HEALTHY, HealthStatus::worse), reasons)));
        return out;
    }

    private static int indexOf(List<PoolHealth> healths, String pool) {
        for (int i = 0; i < healths.size(); i++) {
            if (healths.get(i).pool().equals(pool)) {
                return i;
            }
        }
        return -1;
    }

    private static PoolHealth withoutHeadroom(PoolHealth h) {
        List<HealthReason> kept = h.reasons().stream().filter(r -> !r.condition().equals(DB_HEADROOM)).toList();
        return kept.size() == h.reasons().size() ? h : with(h, kept);
    }

    private static PoolHealth keepOnly(PoolHealth h, Set<String> conditions) {
        List<HealthReason> kept = h.reasons().stream().filter(r -> conditions.contains(r.condition())).toList();
        return kept.size() == h.reasons().size() ? h : with(h, kept);
    }

    private static PoolHealth with(PoolHealth h, List<HealthReason> kept) {
        HealthStatus status = kept.stream().map(HealthReason::status).reduce(HealthStatus.HEALTHY, HealthStatus::worse);
        return new PoolHealth(h.pool(), h.at(), status, kept);
    }
}
