package com.wedsync.guardian.alert.evaluate;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Alert.AlertContext;
import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.health.Condition;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolFigures;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one tick's pool health and wedding context into the alerts that are active now: one per
 * (pool, condition) whose reason is not HEALTHY, plus {@code calendar_stale}, each with the figures its pool
 * was judged on ({@link ConditionFigures}). Pure: same input, same alerts (it caches identities and remembers
 * the tick's figures for {@link #valuesNow}). Tick thread only.
 * {@code startsAt} is the tick's instant; the alert registry keeps the first one while the alert stays active.
 */
public final class AlertEvaluator {

    /** The pool label of alerts that concern no pool (the calendar). */
    public static final String NO_POOL = "calendar";

    private final String instance;
    private final SeverityTable severities;

    public AlertEvaluator(String instance, SeverityTable severities) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.severities = Objects.requireNonNull(severities, "severities");
    }

    public List<Alert> evaluate(Instant now, Collection<PoolHealth> healths, WeddingContext wedding,
                                boolean calendarStale) {
        AlertContext context = contextOf(wedding);
        int criticality = context.criticality();
        String contextLine = contextLine(context);
        List<Alert> alerts = new ArrayList<>();
        figuresNow.clear();
        for (PoolHealth health : healths) {
            figuresNow.put(health.pool(), health.figures());
            Map<String, HealthReason> worst = worstPerCondition(health);
            for (HealthReason reason : worst.values()) {
                Severity severity = severities.of(reason.status(), criticality);
                alerts.add(alert(health.pool(), reason.condition(), severity, health.figures(),
                        health.pool() + ": " + reason.message(), reason.message() + " " + contextLine, context, now));
            }
        }
        if (calendarStale) {
            String message = "The wedding calendar could not be refreshed: criticality may be out of date.";
            alerts.add(alert(NO_POOL, Condition.CALENDAR_STALE.label(), severities.calendarStale(criticality), PoolFigures.NONE,
                    message, message + " " + contextLine, context, now));
        }
        return alerts;
    }

    /**
     * The figures an alert's pool shows in the last evaluated tick, chosen for its condition: what a resolved
     * alert carries. Empty when the pool was not in that tick.
     */
    public Map<String, Double> valuesNow(Alert alert) {
        PoolFigures figures = figuresNow.get(alert.pool());
        return figures == null ? Map.of() : ConditionFigures.of(alert.condition(), figures);
    }

    private static Map<String, HealthReason> worstPerCondition(PoolHealth health) {
        if (health.reasons().size() == 1) {
            HealthReason only = health.reasons().get(0);
            return only.status() == HealthStatus.HEALTHY ? Map.of() : Map.of(only.condition(), only);
        }
        Map<String, HealthReason> worst = new HashMap<>();
        for (HealthReason r : health.reasons()) {
            if (r.status() != HealthStatus.HEALTHY) {
                worst.merge(r.condition(), r, (a, b) -> a.status().worse(b.status()) == a.status() ? a : b);
            }
        }
        return worst;
    }

    private Alert alert(String pool, String condition, Severity severity, PoolFigures figures, String summary,
                        String description, AlertContext context, Instant now) {
        Identity id = identity(pool, condition);
        return new Alert(id.fingerprint, id.labels(severity, pool, condition, instance), summary, description,
                id.values(condition, figures), context, now, null);
    }

    /**
     * The fingerprint and label maps of one (pool, condition) never change, so a storm re-uses them instead of
     * hashing and allocating per evaluation (same output, less garbage). Bounded: cleared when it grows past
     * {@link #MAX_IDENTITIES}.
     */
    private Identity identity(String pool, String condition) {
        Map<String, Identity> byCondition = identities.get(pool);
        if (byCondition == null) {
            if (identityCount >= MAX_IDENTITIES) {
                identities.clear();
                identityCount = 0;
            }
            byCondition = new HashMap<>(8);
            identities.put(pool, byCondition);
        }
        Identity id = byCondition.get(condition);
        if (id == null) {
            id = new Identity(Fingerprint.of(pool, condition, instance));
            byCondition.put(condition, id);
            identityCount++;
        }
        return id;
    }

    private static final int MAX_IDENTITIES = 100_000;
    private final Map<String, Map<String, Identity>> identities = new HashMap<>();
    private int identityCount;
    private final Map<String, PoolFigures> figuresNow = new HashMap<>();

    private static final class Identity {
        final String fingerprint;
        final Map<String, String>[] labels;
        private PoolFigures figures;
        private Map<String, Double> values;

        @SuppressWarnings("unchecked")
        Identity(String fingerprint) {
            this.fingerprint = fingerprint;
            this.labels = new Map[Severity.values().length];
        }

        Map<String, String> labels(Severity severity, String pool, String condition, String instance) {
            Map<String, String> l = labels[severity.ordinal()];
            if (l == null) {
                l = Map.of(Alert.POOL, pool, Alert.CONDITION, condition, Alert.INSTANCE, instance,
                        Alert.SEVERITY, severity.name().toLowerCase(Locale.ROOT));
                labels[severity.ordinal()] = l;
            }
            return l;
        }

        /** The same figures as last tick give the same map, so an unchanged alert stays the same object. */
        Map<String, Double> values(String condition, PoolFigures now) {
            if (!now.equals(figures)) {
                figures = now;
                values = ConditionFigures.of(condition, now);
            }
            return values;
        }
    }

    /** What channels may show of the wedding context: counts and venue names, nothing private. */
    public static AlertContext contextOf(WeddingContext w) {
        List<String> venues = new ArrayList<>(w.venues());
        venues.sort(null);
        return new AlertContext(w.criticality().score(), w.criticality().name(), w.inProgress().size(),
                w.guestsAtRisk(), w.vendorsAtRisk(), venues);
    }

    private static String contextLine(AlertContext c) {
        StringBuilder s = new StringBuilder("Criticality ").append(c.criticality()).append(" (").append(c.level())
                .append(")");
        if (c.weddingsInProgress() > 0) {
            s.append(": ").append(c.weddingsInProgress()).append(" wedding(s) in progress, ")
                    .append(c.guestsAtRisk()).append(" guests and ").append(c.vendorsAtRisk())
                    .append(" vendors at risk");
            if (!c.venues().isEmpty()) {
                s.append(" at ").append(String.join(", ", c.venues()));
            }
        }
        return s.append('.').toString();
    }
}
