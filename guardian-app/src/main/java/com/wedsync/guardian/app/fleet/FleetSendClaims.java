package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.evaluate.Fingerprint;
import com.wedsync.guardian.alert.group.AlertGroup;
import com.wedsync.guardian.alert.group.DeliveryTarget;
import com.wedsync.guardian.alert.group.GroupSend;
import com.wedsync.guardian.alert.group.GroupTable;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.alert.pipeline.NotificationFactory;
import com.wedsync.guardian.fleet.OneVoice;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.jdbc.fleet.FleetNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.wedsync.guardian.alert.group.GroupingPolicy;
import com.wedsync.guardian.health.HealthThresholds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The fleet's one voice across duty handovers (issue 12): a send about the fleet's alerts (a database's own
 * conditions, and the pool conditions grouped across the fleet) goes out only for the targets this instance claims in
 * the shared store ({@link FleetNotices}), keyed by the database, the group (the route and its group-by labels but
 * the instance) and the conditions. A new duty holder's first trigger of a condition the old one already said is
 * therefore not sent, and its all-clear is sent once. What concerns this instance alone ({@value OneVoice#FROZEN}, a
 * pool outside the fleet) is said without asking; so is everything while the store cannot be reached (a condition
 * said twice beats one nobody says). An instance that no longer holds the database's duty says nothing more about it.
 *
 * <p>The claim is taken as the notification is written to the outbox, after the rate limit. With the outbox in the
 * fleet's store ({@code outboxInStore}: the guardian's store is the fleet's) the claim and the outbox entry are one
 * transaction, so a holder that dies between them leaves nothing claimed and the next holder says it. With the outbox
 * elsewhere (a {@code fleet.store} of its own) the claim is committed first and the entry written after, as two steps.
 */
final class FleetSendClaims implements SendClaims {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSendClaims.class);
    /**
     * How long a new holder waits, from when it first finds a trigger of the fleet's that none of its groups holds,
     * before it says that trigger's all-clear: long enough for its own health window to judge the condition and its
     * group to wait before it speaks (the defaults: 30 s + 30 s), so that a condition that goes on is not said clear
     * and then raised again. It was five runs of the pipeline, 5 s at the default tick: every handover said the
     * all-clear of what was still going on, then raised it again. An instance configured otherwise passes its own
     * ({@link #grace}).
     */
    static final Duration DEFAULT_GRACE = grace(HealthThresholds.defaults().window(), GroupingPolicy.defaults().groupWait());

    /** The grace of a health window and a group wait: both, and 10 s to spare. */
    static Duration grace(Duration healthWindow, Duration groupWait) {
        return healthWindow.plus(groupWait).plusSeconds(10);
    }

    /** Notifications let through by {@link #claim} or owed, not written yet (some wait in the rate limit). */
    static final int MAX_PENDING = 10_000;

    /** What a notification of the fleet claims when it is written. */
    private record Pending(FleetNotices.Claim claim) {
    }

    private final String instance;
    private final FleetNotices notices;
    private final Supplier<Fleet.State> state;
    private final boolean outboxInStore;
    /** By notification id, oldest first and bounded (the rate limit drops or replaces what waits too). Tick thread only. */
    private final Map<String, Pending> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX_PENDING;
        }
    };
    private final NotificationFactory notifications = new NotificationFactory();
    /** Outstanding triggers no group here holds, and for how many runs in a row. Tick thread only. */
    private final Map<FleetNotices.Target, Instant> unheld = new HashMap<>();
    private final Duration grace;
    private volatile boolean failing;

    FleetSendClaims(String instance, FleetNotices notices, Supplier<Fleet.State> state) {
        this(instance, notices, state, false);
    }

    FleetSendClaims(String instance, FleetNotices notices, Supplier<Fleet.State> state, boolean outboxInStore) {
        this(instance, notices, state, outboxInStore, DEFAULT_GRACE);
    }

    FleetSendClaims(String instance, FleetNotices notices, Supplier<Fleet.State> state, boolean outboxInStore,
                    Duration grace) {
        this.grace = Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, but was " + grace);
        }
        this.instance = instance;
        this.notices = notices;
        this.state = state;
        this.outboxInStore = outboxInStore;
    }

    @Override
    public List<DeliveryTarget> claim(Instant now, GroupSend send) {
        Fleet.State st = state.get();
        Optional<String> db = st.trouble() != null ? Optional.empty() : database(send.alerts(), databases(st));
        if (db.isEmpty() || send.alerts().isEmpty()) {
            return send.targets();
        }
        if (!st.duties().contains(db.get())) {
            // Said about the fleet while this instance held the duty, which another holds now: the holder says the rest
            // (an all-clear from here would clear what the fleet still has).
            return List.of();
        }
        String key = fleetKey(send.group(), send.alerts().get(0));
        String conditions = String.join(",", new TreeSet<>(send.alerts().stream().map(Alert::condition).toList()));
        List<FleetNotices.FleetAlert> alerts = send.action() != NotificationAction.TRIGGER ? List.of()
                : send.alerts().stream().map(a -> new FleetNotices.FleetAlert(a.fingerprint(), a.pool(), a.condition())).toList();
        List<Notification> said = notifications.of(send, now);
        for (int i = 0; i < send.targets().size(); i++) {
            DeliveryTarget t = send.targets().get(i);
            pending.put(said.get(i).id(), new Pending(new FleetNotices.Claim(new FleetNotices.Target(db.get(), key, t.channel(),
                    t.level()), send.action(), conditions, instance, send.group().route().grouping().repeatInterval(), alerts)));
        }
        return send.targets();
    }

    /**
     * Claims {@code n} as it is written: with the outbox in the fleet's store, the claim and the entry in one
     * transaction; else the claim, then the entry. A notification about nothing of the fleet is written as it is; one
     * the fleet said already is not written at all.
     */
    @Override
    public boolean write(Notification n, Instant now, Outbox outbox) {
        Pending p = pending.remove(n.id());
        if (p == null) {
            return outbox.enqueue(n, now);
        }
        FleetNotices.Claim k = p.claim();
        boolean mine;
        try {
            mine = notices.claim(k, n, outboxInStore ? now : null);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("fleet: cannot claim {} of {} in the store; writing it to the outbox unclaimed ({})", k.action(),
                        k.conditions(), e.getMessage());
            }
            failing = true;
            return outbox.enqueue(n, now);
        }
        if (!mine) {
            LOG.debug("fleet: {} of {} to {} was said by the fleet already", k.action(), k.conditions(), n.channel());
            return false;
        }
        return outboxInStore || outbox.enqueue(n, now);
    }

    /**
     * The all-clears the fleet owes that this instance's groups will not say: triggers another holder said whose group
     * this holder has not held for its grace since (the condition cleared while the duty changed hands, or this holder
     * does not see it). Claimed like any all-clear, so it is said once.
     */
    @Override
    public List<Notification> owed(Instant now, Collection<AlertGroup> groups) {
        Fleet.State st = state.get();
        if (st.trouble() != null || st.duties().isEmpty()) {
            unheld.clear();
            return List.of();
        }
        Map<String, String> databases = databases(st);
        Set<String> held = new HashSet<>();
        for (AlertGroup g : groups) {
            List<Alert> alerts = g.members().stream().map(m -> m.alert().alert()).toList();
            if (!alerts.isEmpty() && database(alerts, databases).isPresent()) {
                held.add(fleetKey(g, alerts.get(0)));
            }
        }
        List<Notification> out = new ArrayList<>();
        try {
            Map<FleetNotices.Target, Instant> seen = new HashMap<>();
            for (FleetNotices.Said said : notices.outstanding(st.duties())) {
                FleetNotices.Target t = said.target();
                if (held.contains(t.groupKey()) || seen.containsKey(t)) {
                    continue;
                }
                Instant since = unheld.getOrDefault(t, now);
                seen.put(t, since);
                if (!now.isBefore(since.plus(grace))) {
                    Notification clear = allClear(said.notification(), now);
                    pending.put(clear.id(), new Pending(new FleetNotices.Claim(t, NotificationAction.RESOLVE, said.conditions(),
                            instance, java.time.Duration.ZERO, List.of())));
                    out.add(clear);
                    LOG.info("fleet: {} on {} cleared while the duty changed hands: saying its all-clear", said.conditions(),
                            t.database());
                }
            }
            unheld.clear();
            unheld.putAll(seen);
        } catch (RuntimeException e) {
            LOG.debug("fleet: cannot read what the fleet owes: {}", e.getMessage());
        }
        return out;
    }

    /** The all-clear of a trigger another instance said, to the same channel, under the same vendor key. */
    static Notification allClear(Notification trigger, Instant now) {
        Alert a = trigger.alert();
        Alert cleared = new Alert(a.fingerprint(), a.labels(), a.summary(), a.description(), a.values(), a.context(),
                a.startsAt(), now);
        return new Notification(trigger.id() + "-" + Fingerprint.hash("fleet all-clear", trigger.id()), trigger.dedupKey(),
                trigger.channel(), NotificationAction.RESOLVE, cleared, trigger.fallbacks(), List.of(trigger.channel()));
    }

    /** Each fleet pool's database, as this instance last reported them. */
    private static Map<String, String> databases(Fleet.State st) {
        Map<String, String> out = new HashMap<>();
        for (PoolReport p : st.reported()) {
            out.put(p.pool(), p.database());
        }
        return out;
    }

    /** The one database every alert of the send is about (a database's own, or a fleet pool on it); else none. */
    static Optional<String> database(List<Alert> alerts, Map<String, String> databaseOf) {
        String db = null;
        for (Alert a : alerts) {
            String pool = a.pool();
            String mine = pool.startsWith(OneVoice.DATABASE_PREFIX) ? pool.substring(OneVoice.DATABASE_PREFIX.length())
                    : databaseOf.get(pool);
            if (mine == null || (db != null && !db.equals(mine))) {
                return Optional.empty();
            }
            db = mine;
        }
        return Optional.ofNullable(db);
    }

    /** The group's key as every instance computes it: the route and its group-by labels, the instance left out. */
    static String fleetKey(AlertGroup g, Alert first) {
        Map<String, String> labels = new HashMap<>(first.labels());
        labels.remove(Alert.INSTANCE);
        return GroupTable.keyOf(g.route(), labels);
    }
}
