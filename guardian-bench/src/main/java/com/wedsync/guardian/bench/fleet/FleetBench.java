package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.app.fleet.ScratchSchema;
import com.wedsync.guardian.time.Durations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code guardian bench fleet}: K members in K JVMs on the real PostgreSQL, all wanting more than the database can
 * give, one killed with kill -9 halfway. Samples the members' connections on the server every second against the
 * usable budget, and reports per member and for the fleet. A few seconds before the kill and at
 * {@value #MEASURED_AT_PERCENT}% of the duration it reads the fleet's live pools from the store and sets each pool's
 * max size and reservation beside its share by the water-filling over them ({@link FleetShares}).
 */
public final class FleetBench {

    /** The margin every member's policy keeps (ScalingPolicy headroomMargin), for the usable budget. */
    static final int MARGIN = 5;

    /**
     * @param killHolder kill the member holding the database's duty (the one voice: the handover is what is measured),
     *                   else the last member started
     * @param weights    each member's pool priority, its weight in the fleet's division (one per instance, 1..100)
     */
    public record Options(String db, String user, String password, int instances, int demand, int budget, int initial,
                          Duration duration, boolean fleet, boolean killHolder, List<Integer> weights, Duration outsideHold,
                          int burst) {

        public Options {
            weights = List.copyOf(weights);
            if (weights.size() != instances) {
                throw new IllegalArgumentException("--weights must give one priority per member (" + instances + "), but gave "
                        + weights.size());
            }
        }
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
                    o.fleet() ? "--fleet" : "--no-fleet", "--outside-hold", o.outsideHold().toMillis() + "ms");
            for (int i = 0; i < o.instances(); i++) {
                String id = "m" + (i + 1);
                List<String> own = new ArrayList<>(args);
                own.addAll(List.of("--priority", Integer.toString(o.weights().get(i))));
                members.add(MemberProcess.start(id, own, o.password(), logs.resolve(id + ".log")));
            }
            print.accept("members started (" + (o.fleet() ? "fleet" : "each alone") + ", pool priorities " + joined(o.weights())
                    + "), logs in " + logs);
            Samples samples = sample(o, schema.storeUrl(), members, print, logs.resolve("samples.csv"));
            for (MemberProcess m : members) {
                m.await(30_000);
            }
            report(o, members, samples, print);
        }
    }

    /** Where the fairness and the shares are measured, as a part of --duration since the last member was started. */
    static final int MEASURED_AT_PERCENT = 85;

    /** When an outside client's bursts ({@code --burst}) come: before the kill, and again after it. */
    static final int[] BURST_AT_PERCENT = {25, 70};

    /**
     * What the 1 s samples found.
     *
     * @param above      samples with the members' connections above the usable budget counted now by the sampler
     * @param aboveFleet samples with them above the usable budget the fleet last divided (what the guardians knew)
     * @param measured   the moment the fairness and the shares are measured at (null when not reached)
     */
    record Samples(int count, int above, int aboveFleet, int peak, int usableAtPeak, int minUsable,
                   double redistributionSeconds, String killed, Moment measured, String bursts) {
    }

    /**
     * The first sample at or after {@value #MEASURED_AT_PERCENT}% of --duration from the sampler's start. Every member runs
     * --duration from its own guardian's start, which is after the sampler's, so no member has ended yet there and the
     * figures are of one moment with every survivor running (checked: {@code running}). Not the members' last lines: the
     * members end one after another, so their last lines mix moments where some have already left.
     *
     * @param shares   the fleet's live pools then (null alone)
     * @param maxSizes each survivor's max size as it last printed it (its line of the last second)
     * @param running  whether every member but the one killed was still running
     */
    record Moment(int sample, long second, FleetShares shares, Map<String, Long> maxSizes, boolean running) {
    }

    private static Samples sample(Options o, String storeUrl, List<MemberProcess> members, Consumer<String> print, Path csv)
            throws Exception {
        long start = System.nanoTime();
        long beforeKill = start + o.duration().toNanos() / 2;
        long half = beforeKill + Duration.ofSeconds(3).toNanos();
        long measuredAt = start + o.duration().toNanos() / 100 * MEASURED_AT_PERCENT;
        long end = start + o.duration().toNanos() + Duration.ofSeconds(3).toNanos();
        int count = 0;
        int above = 0;
        int aboveFleet = 0;
        int peak = 0;
        int usableAtPeak = 0;
        int minUsable = Integer.MAX_VALUE;
        long killedAt = -1;
        double redistribution = Double.NaN;
        boolean shown = false;
        Moment measured = null;
        MemberProcess victim = members.get(members.size() - 1);
        String burstReport = "";
        try (Connection c = DriverManager.getConnection(o.db(), o.user(), o.password()); Statement s = c.createStatement();
             Connection store = DriverManager.getConnection(storeUrl, o.user(), o.password());
             Statement fleetStore = store.createStatement();
             java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(csv));
             OutsideBurst bursts = new OutsideBurst(o.db(), o.user(), o.password(), o.burst(),
                     List.of(start + o.duration().toNanos() / 100 * BURST_AT_PERCENT[0],
                             start + o.duration().toNanos() / 100 * BURST_AT_PERCENT[1]))) {
            out.println("second,members,outside,usable,divided,above,outside by application");
            while (System.nanoTime() < end) {
                Thread.sleep(1_000);
                bursts.step(System.nanoTime());
                try (ResultSet rs = s.executeQuery("""
                        SELECT count(*) FILTER (WHERE application_name LIKE 'fleet-bench-%'), count(*),
                               current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int,
                               (SELECT string_agg(a || '=' || n, ' ' ORDER BY a) FROM (SELECT coalesce(nullif(application_name, ''), '?') a, count(*) n
                                  FROM pg_stat_activity WHERE backend_type = 'client backend' AND application_name NOT LIKE 'fleet-bench-%'
                                  GROUP BY 1) o)
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
                    bursts.sampled(bench > usable);
                    FleetShares live = o.fleet() ? FleetShares.read(fleetStore) : null;
                    int divided = live == null || live.usable() < 0 ? Integer.MAX_VALUE : live.usable();
                    if (bench > divided) {
                        aboveFleet++;
                    }
                    out.printf(Locale.ROOT, "%d,%d,%d,%d,%s,%d,%s%n", count, bench, outside, usable,
                            divided == Integer.MAX_VALUE ? "" : Integer.toString(divided), Math.max(0, bench - usable), rs.getString(5));
                    if (bench > peak) {
                        peak = bench;
                        usableAtPeak = usable;
                    }
                    long now = System.nanoTime();
                    if (live != null && !shown && killedAt < 0 && now >= beforeKill) {
                        shown = true;
                        print.accept(String.format(Locale.ROOT, "live pools at sample %d (second %d), before the kill: %d members"
                                + " running, %d live pools; share: the water-filling over them now, fleet's: the share the fleet"
                                + " wrote at the pool's last heartbeat", count, seconds(start, now),
                                members.stream().filter(MemberProcess::alive).count(), live.lines().size()));
                        live.table().forEach(print);
                        print.accept(live.deviation());
                    }
                    if (killedAt < 0 && now >= half) {
                        victim = live != null && o.killHolder() ? holder(live, members) : victim;
                        victim.kill();
                        killedAt = System.nanoTime();
                        print.accept("kill -9 of member " + victim.id + (o.fleet() && o.killHolder() ? " (the duty holder)" : ""));
                    } else if (killedAt > 0 && Double.isNaN(redistribution) && redistributed(members, victim, usable, live)) {
                        redistribution = (System.nanoTime() - killedAt) / 1e9;
                    }
                    if (killedAt > 0 && measured == null && now >= measuredAt) {
                        MemberProcess killed = victim;
                        List<MemberProcess> survivors = members.stream().filter(m -> m != killed).toList();
                        Map<String, Long> maxSizes = new java.util.LinkedHashMap<>();
                        survivors.forEach(m -> maxSizes.put(m.id, m.figure("max")));
                        measured = new Moment(count, seconds(start, now), live, maxSizes,
                                survivors.stream().allMatch(MemberProcess::alive));
                    }
                }
            }
            burstReport = bursts.report();
        }
        return new Samples(count, above, aboveFleet, peak, usableAtPeak, minUsable, redistribution, victim.id, measured, burstReport);
    }

    private static String joined(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    private static long seconds(long start, long now) {
        return Math.round((now - start) / 1e9);
    }

    /** The member holding the database's duty at the sample (the last member when none does). */
    private static MemberProcess holder(FleetShares live, List<MemberProcess> members) {
        return members.stream().filter(m -> m.id.equals(live.duty())).findFirst().orElse(members.get(members.size() - 1));
    }

    /**
     * The survivors have taken the kill in. In the fleet: its live pools are exactly the survivors' (the victim's lease has
     * run out) and each holds at least its water-filling share less one connection. Alone: each survivor holds at least
     * its equal share of the usable budget counted at the sample, less one connection.
     */
    private static boolean redistributed(List<MemberProcess> members, MemberProcess victim, int usable, FleetShares live) {
        List<MemberProcess> survivors = members.stream().filter(m -> m != victim).toList();
        if (live != null) {
            return live.redistributed(survivors.stream().map(m -> m.id).collect(java.util.stream.Collectors.toSet()));
        }
        int fair = usable / survivors.size();
        return survivors.stream().allMatch(m -> Math.max(m.figure("max"), m.figure("reservation")) >= fair - 1);
    }

    private static void report(Options o, List<MemberProcess> members, Samples s, Consumer<String> print) {
        print.accept(String.format(Locale.ROOT, "%-6s %9s %9s %9s %8s %9s %12s", "member", "requests", "timeouts", "too-many",
                "p99 ms", "peak size", "reservation"));
        for (MemberProcess m : members) {
            print.accept(String.format(Locale.ROOT, "%-6s %9d %9d %9d %8d %9d %12s", m.id, m.figure("requests"),
                    m.figure("timeouts"), m.figure("tooMany"), m.figure("p99"), m.figure("peak"),
                    m.figure("reservation") < 0 ? "-" : Long.toString(m.figure("reservation"))));
        }
        String fairness = fairness(o, s.measured(), print);
        print.accept(String.format(Locale.ROOT, "fleet: %d samples, %d above the usable budget counted at the sample, %s above the"
                        + " budget the fleet divided; peak %d connections (usable then %d, lowest usable %d); %s;"
                        + " redistribution after the kill of %s: %s", s.count(), s.above(),
                o.fleet() ? Integer.toString(s.aboveFleet()) : "-", s.peak(), s.usableAtPeak(), s.minUsable(), fairness, s.killed(),
                Double.isNaN(s.redistributionSeconds()) ? "not seen" : String.format(Locale.ROOT, "%.0f s", s.redistributionSeconds())));
        java.util.Map<String, Long> triggers = new java.util.TreeMap<>();
        members.forEach(m -> m.triggers().forEach((c, n) -> triggers.merge(c, n, Long::sum)));
        print.accept("trigger notifications per condition, all members, one channel: " + (triggers.isEmpty() ? "none" : triggers));
        if (o.burst() > 0) {
            print.accept(String.format(Locale.ROOT, "outside bursts of %d connections (%d s at %d%% and at %d%% of the duration,"
                    + " outsideHold %s): samples above the usable budget from each burst until %d s after it closed: %s", o.burst(),
                    OutsideBurst.HELD_SAMPLES, BURST_AT_PERCENT[0], BURST_AT_PERCENT[1], Durations.format(o.outsideHold()),
                    OutsideBurst.AFTER_SAMPLES, s.bursts()));
        }
    }

    /** The shares at the measured moment (printed), and the fairness part of the fleet's line. */
    private static String fairness(Options o, Moment at, Consumer<String> print) {
        if (at == null) {
            return "fairness not measured (the run ended before " + MEASURED_AT_PERCENT + "% of the duration)";
        }
        String when = String.format(Locale.ROOT, "at sample %d (second %d of %d, %d%% of the duration)", at.sample(), at.second(),
                o.duration().toSeconds(), MEASURED_AT_PERCENT);
        String running = at.running() ? "every survivor running" : "NOT every survivor running: the figure mixes moments";
        if (at.shares() == null) {
            return String.format(Locale.ROOT, "fairness %s %.2f (smallest / largest max size the %d survivors printed in the"
                    + " second before; %s)", when, FleetShares.fairness(at.maxSizes().values()), at.maxSizes().size(), running);
        }
        FleetShares live = at.shares();
        print.accept(String.format(Locale.ROOT, "live pools %s: %d live pools, %d survivors, %s", when, live.lines().size(),
                at.maxSizes().size(), running));
        live.table().forEach(print);
        print.accept(live.deviation());
        if (!live.equalWeights()) {
            return String.format(Locale.ROOT, "fairness at equal weight: not applicable (weights %s), the figure is the weighted"
                    + " shares' deviation: max size within %d of the water-filling answer", live.weights(), live.largestMaxOff());
        }
        return String.format(Locale.ROOT, "fairness %s %.2f (smallest / largest max size of the %d live pools, equal weight)", when,
                live.fairness(), live.lines().size());
    }
}
