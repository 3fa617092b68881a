package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.escalate.Escalator;
import com.wedsync.guardian.alert.group.AlertGroup;
import com.wedsync.guardian.alert.group.GroupFlusher;
import com.wedsync.guardian.alert.group.GroupSend;
import com.wedsync.guardian.alert.group.GroupTable;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.alert.inhibit.Inhibitor;
import com.wedsync.guardian.alert.ratelimit.RateLimiter;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.alert.route.RouteTree;
import com.wedsync.guardian.alert.silence.Silence;
import com.wedsync.guardian.alert.silence.SilenceStore;
import com.wedsync.guardian.alert.state.AlertRegistry;
import com.wedsync.guardian.alert.state.TrackedAlert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The whole delivery path, in one screen: track → inhibit → silence → route → group/dedup → escalate →
 * may this instance say it (in a fleet) → rate-limit → claim and outbox (in a fleet one transaction). Each stage is one type with one method, tested alone. Single-threaded:
 * the tick.
 */
public final class AlertPipeline {

    private final AlertRegistry registry;
    private final Inhibitor inhibitor;
    private final SilenceStore silences;
    private final RouteTree routes;
    private final GroupTable groups;
    private final GroupFlusher flusher = new GroupFlusher();
    private final Escalator escalator;
    private final NotificationFactory notifications = new NotificationFactory();
    private final RateLimiter limiter;
    private final Outbox outbox;
    private final SendClaims claims;

    public AlertPipeline(AlertingConfig config, AlertRegistry registry, SilenceStore silences, Outbox outbox) {
        this(config, registry, silences, outbox, SendClaims.ALL);
    }

    public AlertPipeline(AlertingConfig config, AlertRegistry registry, SilenceStore silences, Outbox outbox,
                         SendClaims claims) {
        this.registry = registry;
        this.inhibitor = new Inhibitor(config.inhibitRules());
        this.silences = silences;
        this.routes = config.routes();
        this.groups = new GroupTable(config.maxGroups());
        this.escalator = new Escalator(config.escalations());
        this.limiter = new RateLimiter(config.rateLimits());
        this.outbox = outbox;
        this.claims = claims;
    }

    public TickReport run(Instant now, List<Alert> active, int poolsEvaluated) {
        Collection<TrackedAlert> known = registry.update(now, active);
        Set<String> inhibited = inhibitor.inhibited(registry.firing());
        List<Silence> silencesNow = silences.active(now);
        groups.beginTick();
        int firing = 0;
        for (TrackedAlert t : known) {
            firing += t.firing() ? 1 : 0;
            t.mute(t.firing() && inhibited.contains(t.id()), t.firing() ? silencing(silencesNow, t) : List.of());
            if (t.firing()) {
                t.escalationLevel(-1); // recomputed from its groups below; a resolved alert keeps the level it reached
            }
            if (!t.routed()) {
                List<RouteMatch> matched = routes.match(t.alert().labels());
                List<String> keys = new ArrayList<>(matched.size());
                matched.forEach(r -> keys.add(GroupTable.keyOf(r, t.alert().labels())));
                t.routed(matched, keys);
            }
            for (int i = 0; i < t.routes().size(); i++) {
                groups.place(t.routes().get(i), t.groupKeys().get(i), t, now);
            }
        }
        groups.sweep();
        List<Notification> out = new ArrayList<>();
        for (AlertGroup g : groups.all()) {
            flusher.flush(now, g).ifPresent(send -> out.addAll(notifications.of(claimed(now, send), now)));
            escalator.step(now, g).ifPresent(send -> out.addAll(notifications.of(claimed(now, send), now)));
            for (AlertGroup.Member m : g.members()) {
                m.alert().escalationLevel(Math.max(m.alert().escalationLevel(), g.level()));
            }
        }
        out.addAll(claims.owed(now, groups.all()));
        RateLimiter.Admission admission = limiter.admit(now, out);
        List<Notification> enqueued = new ArrayList<>(admission.admitted().size());
        for (Notification n : admission.admitted()) {
            if (claims.write(n, now, outbox)) {
                enqueued.add(n);
            }
        }
        return new TickReport(now, poolsEvaluated, firing, known.size() - firing, groups.size(), enqueued,
                admission.waiting(), registry.dropped(), admission.droppedTotal());
    }

    /** The send with only the targets this instance says (all of them, alone). */
    private GroupSend claimed(Instant now, GroupSend send) {
        List<com.wedsync.guardian.alert.group.DeliveryTarget> mine = claims.claim(now, send);
        return mine.size() == send.targets().size() ? send
                : new GroupSend(send.group(), send.action(), send.alerts(), mine, send.episode(), send.sequence());
    }

    private static List<String> silencing(List<Silence> active, TrackedAlert t) {
        if (active.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(1);
        for (Silence s : active) {
            if (s.matches(t.alert().labels())) {
                ids.add(s.id());
            }
        }
        return ids;
    }
}
