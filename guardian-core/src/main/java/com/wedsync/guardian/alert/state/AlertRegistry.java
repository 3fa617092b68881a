package com.wedsync.guardian.alert.state;

import com.wedsync.guardian.alert.Alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tracking stage: merges one tick's active alerts into what is known. A known alert absent from the tick
 * resolves once it has stayed absent for {@code keepFiringFor} (Prometheus' keep_firing_for: a flapping
 * condition stays one firing alert instead of a trigger and a resolve per flap); a resolved alert is
 * forgotten after {@code resolvedRetention}. At most
 * {@code maxAlerts} are held, so a storm cannot grow memory without bound: when full, resolved alerts go first,
 * and a new alert that still finds no room is counted as dropped. A resolved alert carries its pool's figures
 * at the tick it resolved ({@link FiguresNow}), not those it fired with, and beside them the peaks it saw while it
 * fired.
 */
public final class AlertRegistry {

    /** The figures an alert's pool shows now, chosen for its condition; empty when unknown. */
    @FunctionalInterface
    public interface FiguresNow {
        /** Nothing known: a resolved alert carries no figures. */
        FiguresNow NONE = alert -> Map.of();

        Map<String, Double> of(Alert alert);
    }

    private final int maxAlerts;
    private final Duration resolvedRetention;
    private final Duration keepFiringFor;
    private final FiguresNow figuresNow;
    private final Map<String, TrackedAlert> alerts = new LinkedHashMap<>();
    private final Collection<TrackedAlert> view = Collections.unmodifiableCollection(alerts.values());
    private long tick;
    private long dropped;

    public AlertRegistry(int maxAlerts, Duration resolvedRetention, Duration keepFiringFor) {
        this(maxAlerts, resolvedRetention, keepFiringFor, FiguresNow.NONE);
    }

    public AlertRegistry(int maxAlerts, Duration resolvedRetention, Duration keepFiringFor, FiguresNow figuresNow) {
        if (maxAlerts < 1) {
            throw new IllegalArgumentException("maxAlerts must be >= 1, but was " + maxAlerts);
        }
        if (resolvedRetention == null || resolvedRetention.isNegative()) {
            throw new IllegalArgumentException("resolvedRetention must be >= 0, but was " + resolvedRetention);
        }
        if (keepFiringFor == null || keepFiringFor.isNegative()) {
            throw new IllegalArgumentException("keepFiringFor must be >= 0, but was " + keepFiringFor);
        }
        this.maxAlerts = maxAlerts;
        this.resolvedRetention = resolvedRetention;
        this.keepFiringFor = keepFiringFor;
        this.figuresNow = Objects.requireNonNull(figuresNow, "figuresNow");
    }

    /** Applies this tick's active alerts; returns every alert known afterwards (firing and resolved), live. */
    public Collection<TrackedAlert> update(Instant now, List<Alert> active) {
        tick++;
        for (Alert a : active) {
            TrackedAlert t = alerts.get(a.fingerprint());
            if (t == null) {
                if (alerts.size() >= maxAlerts && !forgetOldestResolved()) {
                    dropped++;
                    continue;
                }
                t = new TrackedAlert(new Alert(a.fingerprint(), a.labels(), a.summary(), a.description(), a.values(),
                        a.context(), a.startsAt(), null));
                alerts.put(a.fingerprint(), t);
            } else {
                t.update(a);
            }
            t.seenTick = tick;
            t.lastSeenAt = now;
        }
        Instant cutoff = now.minus(resolvedRetention);
        for (Iterator<TrackedAlert> it = alerts.values().iterator(); it.hasNext(); ) {
            TrackedAlert t = it.next();
            if (t.firing()) {
                if (t.seenTick != tick && !now.isBefore(t.lastSeenAt.plus(keepFiringFor))) {
                    t.resolve(now, figuresNow.of(t.alert()));
                }
            } else if (t.alert().endsAt().isBefore(cutoff)) {
                it.remove();
            }
        }
        return view;
    }

    /** Forgets the oldest resolved alert to make room. True if there was one. */
    private boolean forgetOldestResolved() {
        for (Iterator<TrackedAlert> it = alerts.values().iterator(); it.hasNext(); ) {
            if (!it.next().firing()) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    public Optional<TrackedAlert> get(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    public Collection<TrackedAlert> all() {
        return view;
    }

    public List<Alert> firing() {
        List<Alert> out = new ArrayList<>();
        for (TrackedAlert t : alerts.values()) {
            if (t.firing()) {
                out.add(t.alert());
            }
        }
        return out;
    }

    public int size() {
        return alerts.size();
    }

    /** New alerts refused because the registry was full of firing ones, since start. */
    public long dropped() {
        return dropped;
    }
}
