package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.evaluate.AlertEvaluator;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.alert.silence.SilenceStore;
import com.wedsync.guardian.alert.state.AlertRegistry;
import com.wedsync.guardian.alert.state.TrackedAlert;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts are raised, watched and acknowledged: the one object the scheduler ticks and the HTTP API
 * reads. Thread-safety, simply: {@link #evaluate} (the tick), {@link #acknowledge} and {@link #alerts} hold
 * this object's lock, so an acknowledgement lands between two ticks; silences have their own lock and the
 * tick reads them without one. Acknowledgements are sent to channels on the next tick.
 */
public final class AlertDesk {

    private final AlertEvaluator evaluator;
    private final AlertRegistry registry;
    private final SilenceStore silences;
    private final AlertPipeline pipeline;

    public AlertDesk(AlertingConfig config, Outbox outbox) {
        this(config, outbox, SendClaims.ALL);
    }

    /** A desk whose sends go out only where {@code claims} says (in a fleet, what the fleet has not said yet). */
    public AlertDesk(AlertingConfig config, Outbox outbox, SendClaims claims) {
        this.evaluator = new AlertEvaluator(config.instance(), config.severities());
        this.registry = new AlertRegistry(config.maxAlerts(), config.resolvedRetention(), config.keepFiringFor(),
                evaluator::valuesNow);
        this.silences = new SilenceStore(config.maxSilences(), config.silenceRetention());
        this.pipeline = new AlertPipeline(config, registry, silences, outbox, claims);
    }

    /** One tick: every pool's health (pools absent from it resolve their alerts), the wedding context, the calendar. */
    public synchronized TickReport evaluate(Instant now, Collection<PoolHealth> pools, WeddingContext context,
                                            boolean calendarStale) {
        return pipeline.run(now, evaluator.evaluate(now, pools, context, calendarStale), pools.size());
    }

    /**
     * Acknowledges a firing alert by its id, or every firing alert of a group by the group's dedup key (what
     * PagerDuty reports back). Escalation stops once every firing alert of a group is acknowledged.
     *
     * @return the alerts it touched (resolved ones unchanged); empty when nothing has this id
     */
    public synchronized List<AlertView> acknowledge(String id, String who, Instant now) {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("who must name the person acknowledging, but was \"" + who + "\"");
        }
        List<TrackedAlert> touched = new ArrayList<>();
        Optional<TrackedAlert> one = registry.get(id == null ? "" : id);
        if (one.isPresent()) {
            touched.add(one.get());
        } else if (id != null) {
            String key = id.startsWith(NotificationFactory.DEDUP_PREFIX)
                    ? id.substring(NotificationFactory.DEDUP_PREFIX.length()) : id;
            for (TrackedAlert t : registry.all()) {
                if (t.groupKeys().contains(key)) {
                    touched.add(t);
                }
            }
        }
        List<AlertView> views = new ArrayList<>(touched.size());
        for (TrackedAlert t : touched) {
            if (t.firing()) {
                t.acknowledge(who.strip(), now);
            }
            views.add(AlertView.of(t));
        }
        return views;
    }

    public SilenceStore silences() {
        return silences;
    }

    /** Every alert known now, firing first, then resolved ones still retained. */
    public synchronized List<AlertView> alerts() {
        List<AlertView> firing = new ArrayList<>();
        List<AlertView> resolved = new ArrayList<>();
        for (TrackedAlert t : registry.all()) {
            (t.firing() ? firing : resolved).add(AlertView.of(t));
        }
        firing.addAll(resolved);
        return firing;
    }

    public synchronized Optional<AlertView> alert(String id) {
        return registry.get(id).map(AlertView::of);
    }
}
