package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Severity;

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
 * members share, the highest severity and criticality, and a summary naming the pools. Its fingerprint is
 * the group key. A group of one is that alert itself, under the group's key.
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
            return new Alert(groupKey, first.labels(), first.summary(), first.description(), first.values(),
                    first.context(), first.startsAt(), end);
        }
        Map<String, String> common = new HashMap<>(first.labels());
        Severity severity = first.severity();
        Alert.AlertContext context = first.context();
        Instant start = first.startsAt();
        Map<String, Double> values = new HashMap<>(first.values());
        Set<String> pools = new LinkedHashSet<>();
        Set<String> conditions = new LinkedHashSet<>();
        StringBuilder description = new StringBuilder();
        int listed = 0;
        for (Alert a : alerts) {
            common.entrySet().removeIf(e -> !e.getValue().equals(a.labels().get(e.getKey())));
            severity = a.severity().atLeast(severity) ? a.severity() : severity;
            context = a.context().criticality() > context.criticality() ? a.context() : context;
            start = a.startsAt().isBefore(start) ? a.startsAt() : start;
            a.values().forEach((k, v) -> values.merge(k, v, Math::max));
            pools.add(a.pool());
            conditions.add(a.condition());
            if (listed++ < MAX_LISTED) {
                description.append(a.summary()).append('\n');
            }
        }
        if (listed > MAX_LISTED) {
            description.append("and ").append(listed - MAX_LISTED).append(" more\n");
        }
        common.put(Alert.SEVERITY, severity.name().toLowerCase(Locale.ROOT));
        String summary = alerts.size() + " alerts: " + String.join(", ", conditions) + " on "
                + names(new ArrayList<>(pools));
        return new Alert(groupKey, common, summary, description.toString().strip(), values, context, start, end);
    }

    private static String names(List<String> pools) {
        if (pools.size() <= 3) {
            return String.join(", ", pools);
        }
        return String.join(", ", pools.subList(0, 3)) + " and " + (pools.size() - 3) + " more pools";
    }
}
