package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.fleet.ConditionGroup;
import com.wedsync.guardian.fleet.ConditionReport;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.FleetBudget;
import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.fleet.FleetLimits;
import com.wedsync.guardian.fleet.FleetRound;
import com.wedsync.guardian.fleet.FleetView;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.OneVoice;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.alert.evaluate.Fingerprint;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.alert.route.RouteTree;
import com.wedsync.guardian.app.config.GuardianSchema;
import com.wedsync.guardian.jdbc.fleet.FleetAcks;
import com.wedsync.guardian.jdbc.fleet.FleetNotices;
import com.wedsync.guardian.jdbc.fleet.FleetStore;
import com.wedsync.guardian.jdbc.fleet.FleetViewQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One instance in the fleet. Every tick it reports its pools and takes the reservations the store grants;
 * the engine grows only into them. When the store cannot be reached, or the lease had lapsed, every pool is
 * frozen at the size it has (a frozen pool never grows, so it never passes what it held), the trouble is
 * said once, and the next good heartbeat rejoins.
 */
public final class Fleet implements FleetLimits {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);
    /** The handover grace of the default health window and group wait: 30 s + 30 s + 10 s. */
    public static final Duration DEFAULT_HANDOVER_GRACE = FleetSendClaims.DEFAULT_GRACE;

    private final String instance;
    private final Duration lease;
    private final Duration outsideHold;
    private final FleetStore store;
    private final FleetViewQuery query;
    private final FleetTrouble trouble;
    private final FleetAcks acks;
    private final FleetNotices notices;
    private final FleetSendClaims claims;
    /** This instance's alert ids it applied a kept fleet acknowledgement to. Tick thread only. */
    private final Set<String> appliedAcks = new HashSet<>();
    private volatile java.util.function.BiPredicate<String, String> ackSink = (id, who) -> false;
    private volatile Map<String, FleetLimit> limits = Map.of();
    private volatile State state = new State(List.of(), Map.of(), List.of(), Map.of(), Set.of(), List.of(), null);

    /**
     * What this instance last reported and was granted (the metrics read it); {@code duties} the databases it
     * speaks for; {@code trouble} is null while joined.
     */
    public record State(List<PoolReport> reported, Map<String, Grant> grants, List<FleetBudget> budgets,
                        Map<String, Integer> wanted, Set<String> duties, List<ConditionGroup> groups, String trouble) {
    }

    /** With the outbox elsewhere, and the defaults of {@code fleet.outsideHold} and of the handover grace. */
    public Fleet(String instance, Duration lease, DataSource store, FleetTrouble trouble) {
        this(instance, lease, store, trouble, false);
    }

    /**
     * With the defaults of {@code fleet.outsideHold} and of the handover grace ({@link #DEFAULT_HANDOVER_GRACE}).
     */
    public Fleet(String instance, Duration lease, DataSource store, FleetTrouble trouble, boolean outboxInStore) {
        this(instance, lease, GuardianSchema.FLEET_OUTSIDE_HOLD.defaultValue(), store, trouble, outboxInStore,
                DEFAULT_HANDOVER_GRACE);
    }

    /**
     * @param outsideHold   how long a peak of clients outside the fleet counts in its databases' budgets
     *                      ({@code fleet.outsideHold})
     * @param outboxInStore the alert outbox is {@code guardian_outbox} of this same store (the guardian's store is the
     *                      fleet's): a fleet notification's claim and its outbox entry are then one transaction, written
     *                      here; false when the outbox is elsewhere (claimed first, then written to it)
     * @param handoverGrace how long a new duty holder waits before it says the all-clear of a trigger of the fleet that
     *                      none of its groups holds: {@link #handoverGrace(Duration, RouteTree)} of this instance's
     *                      settings
     */
    public Fleet(String instance, Duration lease, Duration outsideHold, DataSource store, FleetTrouble trouble,
                 boolean outboxInStore, Duration handoverGrace) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.outsideHold = GuardianSchema.FLEET_OUTSIDE_HOLD.check(Objects.requireNonNull(outsideHold, "outsideHold"));
        this.store = new FleetStore(store);
        this.query = new FleetViewQuery(store);
        this.trouble = Objects.requireNonNull(trouble, "trouble");
        this.acks = new FleetAcks(store);
        this.notices = new FleetNotices(store);
        this.claims = new FleetSendClaims(instance, notices, () -> this.state, outboxInStore, handoverGrace);
    }

    /**
     * The handover grace of an instance judging health over {@code healthWindow} whose routes are {@code routes}: the
     * window, for its health to judge a condition it has just started to watch, plus the longest group wait of its
     * routes, for the group to speak, plus 10 s to spare.
     */
    public static Duration handoverGrace(Duration healthWindow, RouteTree routes) {
        Duration groupWait = routes.all().stream().map(r -> r.grouping().groupWait()).max(Duration::compareTo)
                .orElse(Duration.ZERO);
        return FleetSendClaims.grace(healthWindow, groupWait);
    }

    /**
     * Where this instance's alert desk asks before it says something about the fleet (a database's conditions, the
     * pool conditions grouped across the fleet): once per fleet, across duty handovers.
     */
    public SendClaims claims() {
        return claims;
    }

    /**
     * Where acknowledgements forwarded by other instances are applied while this one holds a duty: true when the
     * alert was known here (the desk acknowledged it).
     */
    public void onAck(java.util.function.BiPredicate<String, String> sink) {
        this.ackSink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * An acknowledgement by an alert id or a dedup key this instance's desk does not know: kept against the fleet's key
     * when it names an alert, or a notification, the fleet said (any holder of the duty, now or after a handover,
     * treats it as acknowledged).
     *
     * @return false when the fleet said nothing by that key
     * @throws com.wedsync.guardian.jdbc.fleet.FleetStoreException when the store cannot be reached
     */
    public boolean forwardAck(String key, String who) {
        return notices.acknowledged(key, who);
    }

    /**
     * An acknowledgement this instance's desk applied, by an alert id or a dedup key: kept against the fleet's key too
     * when it names what the fleet said, so the next duty holder does not escalate it. Best effort: the desk has it
     * either way.
     */
    public void acknowledged(String key, String who) {
        try {
            notices.acknowledged(key, who);
        } catch (RuntimeException e) {
            LOG.warn("fleet: the acknowledgement of {} is not kept in the store; another duty holder may escalate it ({})",
                    key, e.getMessage());
        }
    }

    public String instance() {
        return instance;
    }

    public Duration lease() {
        return lease;
    }

    /** One heartbeat: the grants replace the limits, or the pools freeze at the sizes reported. */
    public void beat(List<PoolReport> pools, List<DatabaseReport> databases, List<ConditionReport> conditions) {
        Heartbeat hb = new Heartbeat(instance, lease, pools, databases, conditions, outsideHold);
        FleetRound round;
        try {
            round = store.beat(hb);
        } catch (RuntimeException e) {
            freeze(pools, "the fleet store cannot be reached (" + e.getMessage() + ")");
            return;
        }
        if (round.leaseLost()) {
            freeze(pools, "the fleet lease of " + instance + " had lapsed (no heartbeat for longer than " + lease
                    + "); rejoined, holding sizes this tick");
            state = new State(pools, round.grants(), round.budgets(), round.wanted(), round.duties(), round.groups(),
                    state.trouble());
            return;
        }
        Map<String, FleetLimit> next = new HashMap<>();
        round.grants().forEach((pool, g) -> next.put(pool,
                FleetLimit.granted(g, max -> store.confirm(instance, pool, g.token(), max))));
        limits = Map.copyOf(next);
        round.acks().forEach((id, who) -> {
            if (ackSink.test(id, who)) {
                acks.applied(id);
            }
        });
        applyKeptAcks(round.duties());
        if (state.trouble() != null) {
            trouble.recovered(instance, state.trouble());
        }
        state = new State(pools, round.grants(), round.budgets(), round.wanted(), round.duties(), round.groups(), null);
    }

    /**
     * The acknowledgements kept against the fleet's keys of the databases this instance speaks for, applied to its own
     * alerts of the same pool and condition (its id of each), once each.
     */
    private void applyKeptAcks(Set<String> duties) {
        if (duties.isEmpty()) {
            appliedAcks.clear();
            return;
        }
        Set<String> kept = new HashSet<>();
        try {
            for (FleetNotices.Acked a : notices.acked(duties)) {
                String id = Fingerprint.of(a.pool(), a.condition(), instance);
                kept.add(id);
                if (!appliedAcks.contains(id) && ackSink.test(id, a.who())) {
                    appliedAcks.add(id);
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("fleet: cannot read the kept acknowledgements: {}", e.getMessage());
            return;
        }
        appliedAcks.retainAll(kept);
    }

    private void freeze(List<PoolReport> pools, String why) {
        Map<String, FleetLimit> frozen = new HashMap<>();
        for (PoolReport p : pools) {
            frozen.put(p.pool(), FleetLimit.frozen(p.max(), why));
        }
        limits = Map.copyOf(frozen);
        boolean fresh = state.trouble() == null;
        state = new State(pools, Map.of(), List.of(), Map.of(), Set.of(), List.of(), why);
        if (fresh) {
            trouble.frozen(instance, why);
        } else {
            LOG.debug("fleet still frozen: {}", why);
        }
    }

    /** A pool not reported yet has no limit from the fleet, and the engine has no snapshot to size it on either. */
    @Override
    public Optional<FleetLimit> limit(String pool) {
        return Optional.ofNullable(limits.get(pool));
    }

    /**
     * This tick's pool health as this instance should alert on it (issue 12, one voice): database conditions only
     * for the databases it holds the duty of, with the fleet's over-commitment of those and every pool condition
     * grouped across the fleet ("orders saturation on 4 of 6 instances: a, b, c, d"); its own pool conditions go
     * to the store instead. While it cannot reach
     * the store it speaks for everything it sees, as alone (a condition said twice beats one nobody says), and
     * adds its own {@value OneVoice#FROZEN}: one alert while frozen, resolved when it rejoins.
     */
    public List<PoolHealth> speak(Instant at, Collection<PoolHealth> healths) {
        State st = state;
        if (st.trouble() != null) {
            return OneVoice.frozen(at, healths, instance, st.trouble());
        }
        Map<String, String> databaseOf = new HashMap<>();
        st.reported().forEach(p -> databaseOf.put(p.pool(), p.database()));
        return OneVoice.speak(at, healths, databaseOf, st.duties(), st.budgets(), st.wanted(), st.groups());
    }

    public State state() {
        return state;
    }

    /** The whole fleet as the store holds it: the same answer on every instance. */
    public FleetView view() {
        return query.read();
    }
}
