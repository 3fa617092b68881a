package com.wedsync.guardian.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One alert: a condition on one pool, with its labels and the wedding context it fired in.
 *
 * @param fingerprint     stable identity: the same pool, condition and instance always give the same one
 * @param labels          pool, condition, instance, severity and any others routes match on
 * @param summary         one line for a phone screen
 * @param description     a few sentences with the figures
 * @param values          figures by {@link AlertFigure#key()}, for channel fields; only those that apply
 * @param context         the wedding context at the time
 * @param startsAt        when the condition began
 * @param endsAt          when it cleared; null while firing
 */
public record Alert(
        String fingerprint,
        Map<String, String> labels,
        String summary,
        String description,
        Map<String, Double> values,
        AlertContext context,
        Instant startsAt,
        Instant endsAt) {

    public static final String POOL = "pool";
    public static final String CONDITION = "condition";
    public static final String INSTANCE = "instance";
    public static final String SEVERITY = "severity";

    public Alert {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(startsAt, "startsAt");
        labels = Map.copyOf(labels);
        values = Map.copyOf(values);
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        context = context == null ? AlertContext.NONE : context;
    }

    public String label(String name) {
        return labels.getOrDefault(name, "");
    }

    public String pool() {
        return label(POOL);
    }

    public String condition() {
        return label(CONDITION);
    }

    public Severity severity() {
        String s = label(SEVERITY);
        return s.isEmpty() ? Severity.WARNING : Severity.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** The figure, when the alert carries it. */
    public OptionalDouble figure(AlertFigure figure) {
        return figure.in(values);
    }

    public boolean resolved() {
        return endsAt != null;
    }

    /** Labels in a stable order, for fingerprints and display. */
    public Map<String, String> sortedLabels() {
        return new TreeMap<>(labels);
    }

    /**
     * The wedding context carried by an alert: only what channels show, never a wedding's private detail.
     */
    public record AlertContext(int criticality, String level, int weddingsInProgress, int guestsAtRisk,
                               int vendorsAtRisk, List<String> venues) {
        public static final AlertContext NONE = new AlertContext(1, "ROUTINE", 0, 0, 0, List.of());

        public AlertContext {
            venues = List.copyOf(venues);
        }
    }
}
