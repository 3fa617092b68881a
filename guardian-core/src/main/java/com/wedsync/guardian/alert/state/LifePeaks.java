package com.wedsync.guardian.alert.state;

import com.wedsync.guardian.alert.AlertFigure;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The highest of each {@link AlertFigure#PEAKED} figure an alert carried while it fired, each tick's window peak
 * included, so that once it resolves it can say what it saw: by then the health window has moved past the trouble
 * (an alert resolves only after {@code keepFiringFor} without its condition), and the figures now read calm.
 */
final class LifePeaks {

    private static final List<AlertFigure> PEAKED = AlertFigure.PEAKED;
    private final double[] highest = new double[PEAKED.size()];

    LifePeaks() {
        clear();
    }

    void clear() {
        Arrays.fill(highest, Double.NaN);
    }

    /** Takes in one tick's figures: each figure and its window peak. */
    void see(Map<String, Double> values) {
        for (int i = 0; i < highest.length; i++) {
            highest[i] = higher(highest[i], PEAKED.get(i).in(values));
            highest[i] = higher(highest[i], PEAKED.get(i).peak().in(values));
        }
    }

    /**
     * The figures at resolution ({@code now}, whose window peaks are the latest) with, beside each figure, the highest
     * seen since the alert started when that is above the figure now (or the figure is not measured now, as wait p99
     * is not for an idle pool), and the span those peaks cover: from a window before {@code startsAt} to {@code at}.
     */
    Map<String, Double> onto(Map<String, Double> now, Instant startsAt, Instant at) {
        if (now.isEmpty()) {
            return now;
        }
        Map<String, Double> out = new HashMap<>(now);
        boolean peaked = false;
        for (int i = 0; i < highest.length; i++) {
            AlertFigure figure = PEAKED.get(i);
            OptionalDouble current = figure.in(now);
            double peak = higher(highest[i], figure.peak().in(now));
            // A figure not measured now (no connection handed out: no wait p99) keeps its peak if it had one.
            if (current.isPresent() ? peak > current.getAsDouble() : peak > 0) {
                out.put(figure.peak().key(), peak);
                peaked = true;
            } else {
                out.remove(figure.peak().key());
            }
        }
        if (!peaked) {
            out.remove(AlertFigure.PEAK_SPAN_S.key());
            return Map.copyOf(out);
        }
        double windowS = AlertFigure.WINDOW_S.in(now).orElse(0);
        out.put(AlertFigure.PEAK_SPAN_S.key(), Duration.between(startsAt, at).toMillis() / 1000.0 + windowS);
        return Map.copyOf(out);
    }

    private static double higher(double known, OptionalDouble seen) {
        if (seen.isEmpty()) {
            return known;
        }
        return Double.isNaN(known) ? seen.getAsDouble() : Math.max(known, seen.getAsDouble());
    }
}
