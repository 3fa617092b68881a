package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * An alert's figures as people read them, in one order for every channel: load, waiting threads, wait p99,
 * timeouts, trend, database headroom, longest hold. Only the figures the alert carries are listed; nothing
 * stands in for a missing one. Load, waiting threads, wait p99 and the longest hold say their peak beside them when
 * it differs: "0 threads waiting now, peak 23 in the last 30 s".
 */
public final class FigureText {

    /**
     * One figure.
     *
     * @param key    a snake_case name for machine-facing fields (PagerDuty custom_details, annotations)
     * @param label  the name for tables and Slack fields
     * @param value  the figure for a table cell: "95% (38/40)"
     * @param inline the figure inside a sentence or a log line: "load 95% (38/40)"
     */
    public record Line(String key, String label, String value, String inline) {
    }

    private FigureText() {
    }

    /** The figures in {@code values} (keyed by {@link AlertFigure#key()}), in display order. */
    public static List<Line> of(Map<String, Double> values) {
        List<Line> out = new ArrayList<>(7);
        OptionalDouble windowS = AlertFigure.WINDOW_S.in(values);
        String window = windowS.isPresent() ? seconds(windowS.getAsDouble()) : "";
        String over = window.isEmpty() ? "" : " in " + window;
        OptionalDouble spanS = AlertFigure.PEAK_SPAN_S.in(values);
        String span = spanS.isPresent() ? " in the last " + seconds(spanS.getAsDouble()) : "";
        AlertFigure.UTILISATION.in(values).ifPresent(u -> {
            String load = percent(u) + usedOfMax(values) + peak(values, AlertFigure.UTILISATION, u, FigureText::percent, span);
            out.add(new Line("utilisation", "Utilisation", load, "load " + load));
        });
        AlertFigure.PENDING.in(values).ifPresent(p -> {
            long n = Math.round(p);
            String peak = peak(values, AlertFigure.PENDING, p, v -> Long.toString(Math.round(v)), span);
            out.add(new Line("waiting_threads", "Waiting threads", n + peak,
                    n + (n == 1 ? " thread waiting" : " threads waiting") + peak));
        });
        OptionalDouble waitNow = AlertFigure.WAIT_P99_MS.in(values);
        OptionalDouble waitPeak = AlertFigure.WAIT_P99_PEAK_MS.in(values);
        if (waitNow.isPresent()) {
            double ms = waitNow.getAsDouble();
            String wait = millis(ms) + peak(values, AlertFigure.WAIT_P99_MS, ms, FigureText::millis, span);
            out.add(new Line("wait_p99", "Wait p99", wait, "wait p99 " + wait));
        } else if (waitPeak.isPresent()) {
            // none measured now (no connection handed out), but the alert saw one
            String wait = "peak " + millis(waitPeak.getAsDouble()) + span;
            out.add(new Line("wait_p99", "Wait p99", wait, "wait p99 " + wait));
        }
        AlertFigure.TIMEOUTS.in(values).ifPresent(t -> {
            long n = Math.round(t);
            out.add(new Line("timeouts", "Timeouts", n + over, n + (n == 1 ? " timeout" : " timeouts") + over));
        });
        AlertFigure.DEMAND_CHANGE.in(values).ifPresent(d -> {
            String trend = trend(Math.round(d), window);
            out.add(new Line("trend", "Trend", trend, trend));
        });
        OptionalDouble usable = AlertFigure.DB_USABLE.in(values);
        AlertFigure.DB_FREE.in(values).ifPresent(free -> {
            if (usable.isPresent() && usable.getAsDouble() > 0) {
                String room = Math.round(free) + " of " + Math.round(usable.getAsDouble()) + " connections free ("
                        + Math.round(100 * free / usable.getAsDouble()) + "%)";
                out.add(new Line("db_headroom", "Database headroom", room, "database " + room));
            }
        });
        AlertFigure.LONGEST_HELD_MS.in(values).ifPresent(ms -> {
            String held = millis(ms) + peak(values, AlertFigure.LONGEST_HELD_MS, ms, FigureText::millis, span);
            out.add(new Line("longest_held", "Longest held", held, "a connection held " + held));
        });
        return out;
    }

    /**
     * ", peak 23 in the last 30 s" after a figure now, when the values carry its peak and the peak reads otherwise
     * than the figure now; "" else. The figure now gets " now" before it, so the two are told apart.
     */
    private static String peak(Map<String, Double> values, AlertFigure figure, double now, DoubleFunction<String> format,
                               String span) {
        OptionalDouble peak = figure.peak().in(values);
        if (peak.isEmpty() || !(peak.getAsDouble() > now)) {
            return "";
        }
        String said = format.apply(peak.getAsDouble());
        return said.equals(format.apply(now)) ? "" : " now, peak " + said + span;
    }

    /** A fraction of the maximum as a percentage; above 100% when a pool was shrunk below the connections in use. */
    private static String percent(double u) {
        return Math.round(u * 100) + "%";
    }

    private static String millis(double ms) {
        return duration(Duration.ofMillis(Math.round(ms)));
    }

    private static String seconds(double s) {
        return duration(Duration.ofMillis(Math.round(s * 1000)));
    }

    /** The inline forms of {@code lines}, joined: "load 95% (38/40), 6 threads waiting, wait p99 850 ms". */
    public static String inline(List<Line> lines, String separator) {
        List<String> parts = new ArrayList<>(lines.size());
        lines.forEach(l -> parts.add(l.inline()));
        return String.join(separator, parts);
    }

    /** "850 ms", "1.2 s", "30 s", "4 min 30 s", "2 h 5 min": a duration as a person says it (the one formatter). */
    public static String duration(Duration d) {
        return Durations.human(d.isNegative() ? Duration.ZERO : d);
    }

    private static String usedOfMax(Map<String, Double> values) {
        OptionalDouble used = AlertFigure.USED.in(values);
        OptionalDouble max = AlertFigure.MAX.in(values);
        return used.isPresent() && max.isPresent()
                ? " (" + Math.round(used.getAsDouble()) + "/" + Math.round(max.getAsDouble()) + ")" : "";
    }

    /** "rising: 5 more connections wanted than 30 s ago", "falling: …", "steady over 30 s". */
    private static String trend(long change, String window) {
        if (change == 0) {
            return "steady" + (window.isEmpty() ? "" : " over " + window);
        }
        long n = Math.abs(change);
        return (change > 0 ? "rising: " + n + " more " : "falling: " + n + " fewer ")
                + (n == 1 ? "connection" : "connections") + " wanted" + (window.isEmpty() ? "" : " than " + window + " ago");
    }
}
