package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.app.runtime.GuardianView;
import com.wedsync.guardian.app.runtime.PoolStatus;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.notify.FigureText;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.scaling.AuditLines;
import com.wedsync.guardian.wedding.WeddingContext;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.wedsync.guardian.text.Printable.escape;

/**
 * The demo's live view, once a tick: the simulated venue time and criticality, then a line per pool
 * (used/max, waiting, wait p99, health) and its reasons, the scaling engine's state, its latest events and the
 * alerts with their load, waiting threads and wait p99. On a terminal the screen is redrawn in place, with the
 * last few events; printed plainly, each event is printed once, in the first view after it happened. Every name,
 * reason and label is printed escaped: an operator's or a feed's text never moves the cursor or clears the screen.
 */
final class ConsoleView {

    private String escalation(AlertView a) {
        if (AlertView.RESOLVED.equals(a.state())) {
            return "cleared at " + TIME.format(a.endsAt().atZone(zone));
        }
        if (a.escalationLevel() < 0) {
            return "waiting to be sent";
        }
        return a.escalationLevel() == 0 ? "sent to the route's channels" : "escalated to level " + a.escalationLevel();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    /**
     * The figures an alert line shows: load, waiting threads, wait p99, each with its peak where it differs (the log
     * and the channels show them all).
     */
    private static final Set<AlertFigure> SHOWN_FIGURES = EnumSet.of(AlertFigure.UTILISATION, AlertFigure.USED,
            AlertFigure.MAX, AlertFigure.PENDING, AlertFigure.WAIT_P99_MS, AlertFigure.UTILISATION_PEAK,
            AlertFigure.PENDING_PEAK, AlertFigure.WAIT_P99_PEAK_MS, AlertFigure.PEAK_SPAN_S);
    /** The widest a pool's scaling status line gets. */
    static final int STATUS_WIDTH = 120;
    /** Events on a redrawn screen. */
    private static final int EVENTS_SHOWN = 8;

    private final PrintStream out;
    private final Clock venueClock;
    private final ZoneId zone;
    private final boolean redraw;
    private final EventFeed events;
    private long eventsSeen;

    ConsoleView(PrintStream out, Clock venueClock, ZoneId zone, boolean redraw, EventFeed events) {
        this.out = out;
        this.venueClock = venueClock;
        this.zone = zone;
        this.redraw = redraw;
        this.events = events;
    }

    private static Map<String, Double> shown(Map<String, Double> values) {
        Map<String, Double> shown = new HashMap<>();
        for (AlertFigure f : SHOWN_FIGURES) {
            f.in(values).ifPresent(v -> shown.put(f.key(), v));
        }
        return shown;
    }

    void show(GuardianView view, List<AlertView> alerts, List<com.wedsync.guardian.scaling.PoolStatus> scaling,
              String footer) {
        StringBuilder b = new StringBuilder();
        if (redraw) {
            b.append("\u001b[H\u001b[2J");
        }
        WeddingContext c = view.context();
        b.append(String.format("%s %s  criticality %d %-9s  weddings in progress %d, today %d, tomorrow %d  guests at risk %d%s%n",
                TIME.format(venueClock.instant().atZone(zone)), zone.getId(), c.criticality().score(), c.criticality(),
                c.inProgress().size(), c.today().size(), c.tomorrow().size(), c.guestsAtRisk(),
                c.protectedWindow() ? "  [protected window]" : ""));
        b.append(String.format("%-10s %8s %5s %8s %11s %9s  %s%n", "pool", "used/max", "idle", "waiting", "wait p99",
                "timeouts", "health"));
        for (PoolStatus p : view.pools()) {
            PoolSnapshot s = p.snapshot();
            if (s == null) {
                continue;
            }
            String health = p.health() == null ? "?" : p.health().status().name();
            b.append(String.format("%-10s %8s %5d %8d %9.0fms %9d  %s%n", escape(p.name()), s.used() + "/" + s.max(), s.idle(),
                    s.pending(), s.waitTime().p99Ms(), s.timeoutsTotal(), health));
            if (p.health() != null) {
                for (HealthReason r : p.health().reasons()) {
                    b.append("    - ").append(r.condition()).append(": ").append(escape(r.message())).append('\n');
                }
            }
        }
        for (com.wedsync.guardian.scaling.PoolStatus s : scaling) {
            b.append(escape(scalingLine(s))).append('\n');
        }
        List<EventFeed.Line> news = redraw ? events.last(EVENTS_SHOWN) : events.after(eventsSeen);
        if (!news.isEmpty()) {
            eventsSeen = news.get(news.size() - 1).seq();
            b.append("scaling events:\n");
            news.forEach(l -> b.append("  ").append(l.text()).append('\n'));
        }
        if (!alerts.isEmpty()) {
            b.append("alerts:\n");
            for (AlertView a : alerts) {
                String figures = FigureText.inline(FigureText.of(shown(a.values())), ", ");
                b.append(String.format("  %-8s %-8s %-16s %s%s%s%n", a.state(), a.severity(), escape(a.labels().get("condition")),
                        figures.isEmpty() ? "" : figures + "; ", escalation(a),
                        a.acknowledged() ? ", acknowledged by " + escape(a.acknowledgedBy()) : ""));
            }
        }
        if (!footer.isEmpty()) {
            b.append(footer).append('\n');
        }
        if (!redraw) {
            b.append('\n');
        }
        out.print(b);
        out.flush();
    }

    /** One short line per pool; {@code GET /api/scaling} and the log have the decision's whole reason. */
    static String scalingLine(com.wedsync.guardian.scaling.PoolStatus s) {
        String line = "scaling " + s.pool() + " (" + s.mode().label() + "): "
                + s.current().map(c -> "max " + c.max() + ", minIdle " + c.minIdle()).orElse("size unknown")
                + s.lastDecision().map(d -> "; last: " + d.outcome().label() + " "
                        + AuditLines.sizes(d.from(), d.to()) + " — " + AuditLines.truncate(d.gist())).orElse("");
        return line.length() <= STATUS_WIDTH ? line : line.substring(0, STATUS_WIDTH - 1) + "…";
    }
}
