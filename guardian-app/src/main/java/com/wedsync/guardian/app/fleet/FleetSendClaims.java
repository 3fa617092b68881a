package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.group.AlertGroup;
import com.wedsync.guardian.alert.group.DeliveryTarget;
import com.wedsync.guardian.alert.group.GroupSend;
import com.wedsync.guardian.alert.group.GroupTable;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.fleet.OneVoice;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.jdbc.fleet.FleetNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 */
final class FleetSendClaims implements SendClaims {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSendClaims.class);

    private final String instance;
    private final FleetNotices notices;
    private final Supplier<Fleet.State> state;
    private volatile boolean failing;

    FleetSendClaims(String instance, FleetNotices notices, Supplier<Fleet.State> state) {
        this.instance = instance;
        this.notices = notices;
        this.state = state;
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
        List<DeliveryTarget> out = new ArrayList<>();
        for (DeliveryTarget t : send.targets()) {
            FleetNotices.Target target = new FleetNotices.Target(db.get(), key, t.channel(), t.level());
            try {
                boolean mine = switch (send.action()) {
                    case TRIGGER -> notices.trigger(target, conditions, instance, send.group().route().grouping().repeatInterval());
                    case ACKNOWLEDGE -> notices.acknowledge(target, conditions, instance);
                    case RESOLVE -> notices.resolve(target);
                };
                if (mine) {
                    out.add(t);
                } else {
                    LOG.debug("fleet: {} of {} to {} was said by the fleet already", send.action(), conditions, t.channel());
                }
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warn("fleet: cannot ask the store who says {} of {}; saying it ({})", send.action(), conditions,
                            e.getMessage());
                }
                failing = true;
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public void held(Instant now, Collection<AlertGroup> groups) {
        Fleet.State st = state.get();
        if (st.trouble() != null || st.duties().isEmpty()) {
            return;
        }
        Map<String, String> databases = databases(st);
        Set<String> held = new HashSet<>();
        for (AlertGroup g : groups) {
            List<Alert> alerts = g.members().stream().map(m -> m.alert().alert()).toList();
            if (!alerts.isEmpty() && database(alerts, databases).isPresent()) {
                held.add(fleetKey(g, alerts.get(0)));
            }
        }
        try {
            notices.forgetUnheld(st.duties(), held);
        } catch (RuntimeException e) {
            LOG.debug("fleet: cannot let go of unheld notices: {}", e.getMessage());
        }
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
