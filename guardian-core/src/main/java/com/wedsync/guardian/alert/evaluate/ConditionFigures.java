package com.wedsync.guardian.alert.evaluate;

import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.health.Condition;
import com.wedsync.guardian.health.PoolFigures;

import java.util.HashMap;
import java.util.Map;

/**
 * Which figures an alert on one condition carries, from the figures its pool was judged on: load, waiting
 * threads, wait p99, timeouts and trend for every pool condition; the database's headroom only for
 * {@code db_headroom}, the longest hold only for {@code suspected_leak}; none for a pool that could not be read
 * or for the calendar. A figure that was not measured (no wait in the window, no server view) is left out. Beside
 * load, waiting threads, wait p99 and the longest hold goes the window's peak, when it is above the figure now.
 */
final class ConditionFigures {

    private ConditionFigures() {
    }

    static Map<String, Double> of(String label, PoolFigures f) {
        Condition condition = Condition.of(label).orElse(null);
        if (!f.measured() || condition == Condition.CALENDAR_STALE) {
            return Map.of();
        }
        Map<String, Double> v = new HashMap<>(16);
        put(v, AlertFigure.UTILISATION, f.utilisation());
        put(v, AlertFigure.USED, f.used());
        put(v, AlertFigure.MAX, f.max());
        put(v, AlertFigure.PENDING, f.pending());
        put(v, AlertFigure.TIMEOUTS, f.timeouts());
        put(v, AlertFigure.DEMAND_CHANGE, f.demandChange());
        put(v, AlertFigure.WINDOW_S, f.window().toMillis() / 1000.0);
        if (f.hasWaitP99()) {
            put(v, AlertFigure.WAIT_P99_MS, f.waitP99Ms());
        }
        if (condition == Condition.DB_HEADROOM && f.hasDatabase()) {
            put(v, AlertFigure.DB_FREE, f.dbFree());
            put(v, AlertFigure.DB_USABLE, f.dbUsable());
        }
        if (condition == Condition.SUSPECTED_LEAK) {
            put(v, AlertFigure.LONGEST_HELD_MS, f.longestHeldMs());
        }
        PoolFigures.Peaks p = f.peaks();
        boolean peaked = peak(v, AlertFigure.UTILISATION, p.utilisation())
                | peak(v, AlertFigure.PENDING, p.pending())
                | peak(v, AlertFigure.WAIT_P99_MS, p.waitP99Ms())
                | peak(v, AlertFigure.LONGEST_HELD_MS, p.longestHeldMs());
        if (peaked) {
            put(v, AlertFigure.PEAK_SPAN_S, f.window().toMillis() / 1000.0);
        }
        return Map.copyOf(v);
    }

    /** The window's peak of a figure the alert carries, when it is above the figure now. True if put. */
    private static boolean peak(Map<String, Double> values, AlertFigure figure, double peak) {
        Double now = values.get(figure.key());
        if (now == null || !(peak > now)) {
            return false;
        }
        put(values, figure.peak(), peak);
        return true;
    }

    private static void put(Map<String, Double> values, AlertFigure figure, double value) {
        values.put(figure.key(), value);
    }
}
