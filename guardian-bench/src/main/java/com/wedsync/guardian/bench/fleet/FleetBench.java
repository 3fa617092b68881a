package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.app.fleet.ScratchSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code guardian bench fleet}: K members in K JVMs on the real PostgreSQL, all wanting more than the database can
 * give, one killed with kill -9 halfway. Samples the members' connections on the server every second against the
 * usable budget, and reports per member and for the fleet.
 */
public final class FleetBench {

    /** The margin every member's policy keeps (ScalingPolicy headroomMargin), for the usable budget. */
    static final int MARGIN = 5;

    /**
     * @param killHolder kill the member holding the database's duty (the one voice: the handover is what is measured),
     *                   else the last member started
     */
    public record Options(String db, String user, String password, int instances, int demand, int budget, int initial,
                          Duration duration, boolean fleet, boolean killHolder) {
    }

    private FleetBench() {
    }

    public static void run(Options o, Consumer<String> print) throws Exception {
        try (ScratchSchema schema = ScratchSchema.create("fleet_bench", o.db(), o.user(), o.password())) {
            schema.open(Duration.ofSeconds(5)).close();
            Path logs = Files.createTempDirectory("fleet-bench");
            List<MemberProcess> members = new ArrayList<>();
            List<String> args = List.of("--db", o.db(), "--user", o.user(), "--store", schema.storeUrl(),
                    "--demand", Integer.toString(o.demand()), "--budget", Integer.toString(o.budget()),
                    "--initial", Integer.toString(o.initial()), "--duration", o.duration().toSeconds() + "s",
                    o.fleet() ? "--fleet" : "--no-fleet");
            for (int i = 0; i < o.instances(); i++) {
                String id = "m" + (i + 1);
                members.add(MemberProcess.start(id, args, o.password(), logs.resolve(id + ".log")));
            }
            print.accept("members started (" + (o.fleet() ? "fleet" : "each alone") + "), logs in " + logs);
            Samples samples = sample(o, schema.storeUrl(), members, print, logs.resolve("samples.csv"));
            for (MemberProcess m : members) {
                m.await(30_000);
            }
            report(o, members, samples, print);
        }
    }

    /** What the 1 s samples found. */
    /**
     * @param above      samples with the members' connections above the usable budget counted now by the sampler
     * @param aboveFleet samples with them above the usable budget the fleet last divided (what the guardians knew)
     */
    record Samples(int count, int above, int aboveFleet, int peak, int usableAtPeak, int minUsable,
                   double redistributionSeconds, String killed) {
    }

    private static Samples sample(Options o, String storeUrl, List<MemberProcess> members, Consumer<String> print, Path csv)
            throws Exception {
        long start = System.nanoTime();
        long half = start + o.duration().toNanos() / 2 + Duration.ofSeconds(3).toNanos();
        long end = start + o.duration().toNanos() + Duration.ofSeconds(3).toNanos();
        int count = 0;
        int above = 0;
        int aboveFleet = 0;
        int peak = 0;
        int usableAtPeak = 0;
        int minUsable = Integer.MAX_VALUE;
        long killedAt = -1;
        double redistribution = Double.NaN;
        MemberProcess victim = members.get(members.size() - 1);
        try (Connection c = DriverManager.getConnection(o.db(), o.user(), o.password()); Statement s = c.createStatement();
             Connection store = DriverManager.getConnection(storeUrl, o.user(), o.password());
             Statement fleetBudget = store.createStatement();
             java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(csv))) {
            out.println("second,members,outside,usable,divided,above");
            while (System.nanoTime() < end) {
                Thread.sleep(1_000);
                try (ResultSet rs = s.executeQuery("""
                        SELECT count(*) FILTER (WHERE application_name LIKE 'fleet-bench-%'), count(*),
                               current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int
                        FROM pg_stat_activity WHERE backend_type = 'client backend'""")) {
                    rs.next();
                    int bench = rs.getInt(1);
                    int outside = rs.getInt(2) - bench;
                    int max = o.budget() > 0 ? Math.min(o.budget(), rs.getInt(3)) : rs.getInt(3);
                    int usable = max - rs.getInt(4) - MARGIN - outside;
                    count++;
                    minUsable = Math.min(minUsable, usable);
                    if (bench > usable) {
                        above++;
                    }
                    int divided = o.fleet() ? divided(fleetBudget) : Integer.MAX_VALUE;
                    if (bench > divided) {
                        aboveFleet++;
                    }
                    out.printf(Locale.ROOT, "%d,%d,%d,%d,%s,%d%n", count, bench, outside, usable,
                            divided == Integer.MAX_VALUE ? "" : Integer.toString(divided), Math.max(0, bench - usable));
                    if (bench > peak) {
                        peak = bench;
                        usableAtPeak = usable;
                    }
                    if (killedAt < 0 && System.nanoTime() >= half) {
                        victim = o.fleet() && o.killHolder() ? holder(fleetBudget, members) : victim;
                        victim.kill();
                        killedAt = System.nanoTime();
                        print.accept("kill -9 of member " + victim.id + (o.fleet() && o.killHolder() ? " (the duty holder)" : ""));
                    } else if (killedAt > 0 && Double.isNaN(redistribution) && redistributed(members, victim, usable)) {
                        redistribution = (System.nanoTime() - killedAt) / 1e9;
                    }
                }
            }
        }
        return new Samples(count, above, aboveFleet, peak, usableAtPeak, minUsable, redistribution, victim.id);
    }

    /** The member holding the database's duty now (the last member when none does). */
    private static MemberProcess holder(Statement store, List<MemberProcess> members) throws SQLException {
        try (ResultSet rs = store.executeQuery("SELECT duty_instance FROM fleet_budget WHERE database = 'main'")) {
            String id = rs.next() ? rs.getString(1) : null;
            return members.stream().filter(m -> m.id.equals(id)).findFirst().orElse(members.get(members.size() - 1));
        }
    }

    /** The usable budget of the fleet's last division, or no limit before the first. */
    private static int divided(Statement store) throws SQLException {
        try (ResultSet rs = store.executeQuery("SELECT usable FROM fleet_budget WHERE database = 'main'")) {
            return rs.next() ? rs.getInt(1) : Integer.MAX_VALUE;
        }
    }

    /** Every survivor holds at least its equal share of the usable budget, less one connection. */
    private static boolean redistributed(List<MemberProcess> members, MemberProcess victim, int usable) {
        int survivors = members.size() - 1;
        int fair = usable / survivors;
        return members.stream().filter(m -> m != victim).allMatch(m -> Math.max(m.figure("max"), m.figure("reservation")) >= fair - 1);
    }

    private static void report(Options o, List<MemberProcess> members, Samples s, Consumer<String> print) {
        print.accept(String.format(Locale.ROOT, "%-6s %9s %9s %9s %8s %8s %12s", "member", "requests", "timeouts", "too-many",
                "p99 ms", "max size", "reservation"));
        long minMax = Long.MAX_VALUE;
        long maxMax = 0;
        for (MemberProcess m : members) {
            print.accept(String.format(Locale.ROOT, "%-6s %9d %9d %9d %8d %8d %12s", m.id, m.figure("requests"),
                    m.figure("timeouts"), m.figure("tooMany"), m.figure("p99"), m.figure("peak"),
                    m.figure("reservation") < 0 ? "-" : Long.toString(m.figure("reservation"))));
            if (!m.id.equals(s.killed())) {
                minMax = Math.min(minMax, m.figure("max"));
                maxMax = Math.max(maxMax, m.figure("max"));
            }
        }
        print.accept(String.format(Locale.ROOT, "fleet: %d samples, %d above the usable budget counted at the sample, %s above the"
                        + " budget the fleet divided; peak %d connections (usable then %d, lowest usable %d); fairness at the end %.2f"
                        + " (smallest / largest pool of the survivors); redistribution after the kill of %s: %s", s.count(), s.above(),
                o.fleet() ? Integer.toString(s.aboveFleet()) : "-", s.peak(), s.usableAtPeak(), s.minUsable(),
                maxMax == 0 ? 0.0 : (double) minMax / maxMax, s.killed(),
                Double.isNaN(s.redistributionSeconds()) ? "not seen" : String.format(Locale.ROOT, "%.0f s", s.redistributionSeconds())));
        java.util.Map<String, Long> triggers = new java.util.TreeMap<>();
        members.forEach(m -> m.triggers().forEach((c, n) -> triggers.merge(c, n, Long::sum)));
        print.accept("trigger notifications per condition, all members, one channel: " + (triggers.isEmpty() ? "none" : triggers));
    }
}
