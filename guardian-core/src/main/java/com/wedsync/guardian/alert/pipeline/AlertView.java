package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.alert.state.TrackedAlert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One alert as {@code GET /api/alerts} shows it: an immutable copy, safe to hand to another thread.
 *
 * @param state           "firing" or "resolved"
 * @param escalationLevel -1 nothing sent yet, 0 the route's receivers, 1.. escalation levels reached
 * @param silencedBy      ids of the silences muting it
 * @param values          its figures by {@link com.wedsync.guardian.alert.AlertFigure#key()}: while firing, those of
 *                        the latest tick; once resolved, those at resolution
 */
public record AlertView(String id, Map<String, String> labels, String summary, String description, String state,
                        Severity severity, int criticality, Instant startsAt, Instant endsAt, boolean acknowledged,
                        String acknowledgedBy, Instant acknowledgedAt, int escalationLevel, boolean inhibited,
                        List<String> silencedBy, Map<String, Double> values) {

    public static final String FIRING = "firing";
    public static final String RESOLVED = "resolved";

    public AlertView {
        labels = Map.copyOf(labels);
        silencedBy = List.copyOf(silencedBy);
        values = Map.copyOf(values);
    }

    static AlertView of(TrackedAlert t) {
        var a = t.alert();
        return new AlertView(t.id(), a.labels(), a.summary(), a.description(), t.firing() ? FIRING : RESOLVED,
                a.severity(), a.context().criticality(), a.startsAt(), a.endsAt(), t.acknowledged(),
                t.acknowledgedBy(), t.acknowledgedAt(), t.escalationLevel(), t.inhibited(), t.silencedBy(), a.values());
    }
}
