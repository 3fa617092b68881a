package com.wedsync.guardian.alert.state;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.route.RouteMatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One alert's live state. Mutable, and touched only by the tick or under the facade's lock.
 * The same object stays while the fingerprint is known, across fire, resolve and re-fire.
 */
public final class TrackedAlert {

    private final String id;
    private Alert alert;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private boolean inhibited;
    private List<String> silencedBy = List.of();
    private int escalationLevel = -1;
    private final LifePeaks peaks = new LifePeaks();
    long seenTick;
    Instant lastSeenAt;
    // Routing cache: labels rarely change between ticks, so routes and group keys are computed once per change.
    private Map<String, String> routedLabels;
    private List<RouteMatch> routes = List.of();
    private List<String> groupKeys = List.of();

    TrackedAlert(Alert alert) {
        this.id = alert.fingerprint();
        this.alert = alert;
        peaks.see(alert.values());
    }

    public String id() {
        return id;
    }

    public Alert alert() {
        return alert;
    }

    public boolean firing() {
        return alert.endsAt() == null;
    }

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean inhibited() {
        return inhibited;
    }

    public List<String> silencedBy() {
        return silencedBy;
    }

    /** Inhibited or silenced: not notified while so. */
    public boolean muted() {
        return inhibited || !silencedBy.isEmpty();
    }

    /** The highest escalation level reached by a group holding this alert, -1 when nothing was sent. */
    public int escalationLevel() {
        return escalationLevel;
    }

    public void mute(boolean inhibited, List<String> silencedBy) {
        this.inhibited = inhibited;
        this.silencedBy = silencedBy;
    }

    public void escalationLevel(int level) {
        this.escalationLevel = level;
    }

    public void acknowledge(String who, Instant at) {
        if (acknowledgedBy == null) {
            this.acknowledgedBy = who;
            this.acknowledgedAt = at;
        }
    }

    /** True when {@link #routes()} and {@link #groupKeys()} were computed for the alert's current labels. */
    public boolean routed() {
        return alert.labels().equals(routedLabels);
    }

    public List<RouteMatch> routes() {
        return routes;
    }

    /** The group key on each route of {@link #routes()}, same order. */
    public List<String> groupKeys() {
        return groupKeys;
    }

    public void routed(List<RouteMatch> routes, List<String> groupKeys) {
        this.routedLabels = alert.labels();
        this.routes = routes;
        this.groupKeys = groupKeys;
    }

    void update(Alert active) {
        if (firing() && active.labels() == alert.labels() && active.values() == alert.values()
                && active.summary().equals(alert.summary()) && active.description().equals(alert.description())
                && active.context().equals(alert.context())) {
            return; // unchanged: keep the object, and the routing cache with it
        }
        // Keep the first start while it fires; a re-fire after resolve is a new episode, unacknowledged.
        Instant start = firing() ? alert.startsAt() : active.startsAt();
        if (!firing()) {
            acknowledgedBy = null;
            acknowledgedAt = null;
            escalationLevel = -1;
            peaks.clear();
        }
        peaks.see(active.values());
        alert = new Alert(id, active.labels(), active.summary(), active.description(), active.values(),
                active.context(), start, null);
    }

    /** Resolves with the figures now and, beside them, the peaks seen since the alert started ({@link LifePeaks}). */
    void resolve(Instant at, Map<String, Double> figuresNow) {
        alert = new Alert(id, alert.labels(), alert.summary(), alert.description(),
                peaks.onto(figuresNow, alert.startsAt(), at), alert.context(), alert.startsAt(), at);
    }
}
