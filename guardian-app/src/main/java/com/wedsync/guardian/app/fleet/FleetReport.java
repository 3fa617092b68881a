package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.fleet.FleetView;
import com.wedsync.guardian.fleet.OneVoice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fleet as {@code GET /api/fleet} and {@code guardian fleet status} give it: the instances with their last
 * heartbeat, and each database's budget with how it is divided among the live pools.
 */
public record FleetReport(Instant at, List<FleetView.Member> instances, List<Division> databases) {

    /** One database: its arithmetic, what the live pools want and hold, and each pool's part. */
    public record Division(String database, int usable, String arithmetic, int wanted, int reserved, boolean overcommitted,
                           String advice, long grants, Instant dividedAt, String dividedBy, List<FleetView.Pool> pools) {
    }

    public static FleetReport of(FleetView v) {
        List<Division> out = new ArrayList<>();
        for (FleetView.Database d : v.databases()) {
            List<FleetView.Pool> pools = v.pools().stream().filter(p -> p.live() && p.database().equals(d.database())).toList();
            out.add(new Division(d.database(), d.usable(), d.budget().arithmetic(), d.wanted(), d.reservedSum(),
                    d.overcommitted(), advice(d), d.grants(), d.dividedAt(), d.dividedBy(), pools));
        }
        return new FleetReport(v.at(), v.instances(), out);
    }

    /** What follows from a fleet that wants more than its database can give. */
    static String advice(FleetView.Database d) {
        if (!d.overcommitted()) {
            return "";
        }
        return OneVoice.overcommitted(d.budget(), d.wanted());
    }

    /** The console form. */
    public String render() {
        StringBuilder b = new StringBuilder("fleet at " + at + "\n");
        for (FleetView.Member m : instances) {
            b.append(String.format(Locale.ROOT, "  instance %-24s %-5s last heartbeat %s, lease until %s%n", m.instance(),
                    m.live() ? "live" : "gone", m.heartbeatAt(), m.leaseUntil()));
        }
        for (Division d : databases) {
            b.append("database ").append(d.database()).append(": ").append(d.arithmetic()).append("; wanted ")
                    .append(d.wanted()).append(", reserved ").append(d.reserved()).append('\n');
            if (d.overcommitted()) {
                b.append("  ! ").append(d.advice()).append('\n');
            }
            b.append(String.format(Locale.ROOT, "  %-24s %-16s %5s %5s %6s %6s %5s %7s %5s%n", "instance", "pool", "max",
                    "open", "wanted", "weight", "share", "reserv.", "crit"));
            for (FleetView.Pool p : d.pools()) {
                b.append(String.format(Locale.ROOT, "  %-24s %-16s %5d %5d %6d %6.1f %5d %7d %5d%n", p.instance(), p.pool(),
                        p.max(), p.open(), p.wanted(), p.weight(), p.share(), p.reservation(), p.criticality()));
            }
        }
        return b.toString();
    }
}
