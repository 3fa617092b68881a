package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One alert that speaks for a group, so every channel renders a group like a single alert: the labels all
 * members share, the highest severity and criticality, a summary naming the conditions and pools in plain
 * English, and the figures of the busiest pool (all of its members' figures: one snapshot, so they agree;
 * never a mix of pools; of their peaks the highest, said once resolved over the group's whole span). Its fingerprint is the group key. A group of one is that alert itself, under the
 * group's key.
 */
public final class GroupSummary {

    /** Lines of member summaries in a group's description; more are counted, not listed (phones, Slack limits). */
    static final int MAX_LISTED = 10;

    private GroupSummary() {
    }

    public static Alert of(String groupKey, List<Alert> alerts, boolean resolved, Instant now) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("alerts must not be empty for group " + groupKey);
        }
        Instant end = resolved ? now : null;
        Alert first = alerts.get(0);
        if (alerts.size() == 1) {
            return new Alert(groupKey, first.labels(), first.summary(), first.description(),
                    peakSpan(first.values(), first.startsAt(), end), first.context(), first.startsAt(), end);
        }
        Map<String, String> common = new HashMap<>(first.labels());
        Severity severity = first.severity();
        Alert.AlertContext context = first.context();
        Instant start = first.startsAt();
        Alert busiest = busiest(alerts);
        Map<String, Double> values = new HashMap<>();
        Set<String> pools = new LinkedHashSet<>();
        Set<String> conditions = new LinkedHashSet<>();
        StringBuilder description = new StringBuilder();
        int listed = 0;
        for (Alert a : alerts) {
            common.entrySet().removeIf(e -> !e.getValue().equals(a.labels().get(e.getKey())));
            severity = a.severity().atLeast(severity) ? a.severity() : severity;
            context = a.context().criticality() > context.criticality() ? a.context() : context;
            start = a.startsAt().isBefore(start) ? a.startsAt() : start;
            if (a.pool().equals(busiest.pool())) {
                a.values().forEach((k, v) -> values.merge(k, v, AlertFigure.keepsHighest(k) ? Math::max : (older, newer) -> newer));
            }
            pools.add(a.pool());
            conditions.add(a.condition().replace('_', ' '));
            if (listed++ < MAX_LISTED) {
                description.append(a.summary()).append('\n');
            }
        }
        if (listed > MAX_LISTED) {
            description.append("and ").append(listed - MAX_LISTED).append(" more\n");
        }
        if (pools.size() > 1 && !values.isEmpty()) {
            description.append("The figures are those of ").append(busiest.pool()).append(", the busiest pool.\n");
        }
        common.put(Alert.SEVERITY, severity.name().toLowerCase(Locale.ROOT));
        String summary = alerts.size() + " alerts: " + inEnglish(new ArrayList<>(conditions), conditions.size(), "")
                + " on " + inEnglish(new ArrayList<>(pools), 3, " pools");
        return new Alert(groupKey, common, summary, description.toString().strip(), peakSpan(values, start, end),
                context, start, end);
    }

    /**
     * A resolved group's peaks said over the span the message speaks of, from a window before it started to its end:
     * it holds every member's span, so "lasted 3 h … peak 32 in the last 4 h" reads as one story.
     */
    private static Map<String, Double> peakSpan(Map<String, Double> values, Instant start, Instant end) {
        var window = AlertFigure.WINDOW_S.in(values);
        if (end == null || window.isEmpty() || AlertFigure.PEAK_SPAN_S.in(values).isEmpty()) {
            return values;
        }
        Map<String, Double> out = new HashMap<>(values);
        out.put(AlertFigure.PEAK_SPAN_S.key(), Duration.between(start, end).toMillis() / 1000.0 + window.getAsDouble());
        return out;
    }

    /** The member whose pool is the most used (first among equals): its pool's figures speak for the group. */
    private static Alert busiest(List<Alert> alerts) {
        Alert busiest = alerts.get(0);
        double most = -1;
        for (Alert a : alerts) {
            double u = a.figure(AlertFigure.UTILISATION).orElse(-1);
            if (u > most) {
                most = u;
                busiest = a;
            }
        }
        return busiest;
    }

    /**
     * A list as a sentence says it: "a", "a and b", "a, b and c"; past {@code shown} items, "a, b, c and 2 more"
     * followed by {@code more} (" pools", say). Channels use it too, so every message lists things the same way.
     */
    public static String inEnglish(List<String> items, int shown, String more) {
        if (items.size() > shown) {
            return String.join(", ", items.subList(0, shown)) + " and " + (items.size() - shown) + " more" + more;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
