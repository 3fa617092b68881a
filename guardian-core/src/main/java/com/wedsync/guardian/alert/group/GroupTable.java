package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.evaluate.Fingerprint;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.alert.state.TrackedAlert;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The grouping stage's memory: groups by key. At most {@code maxGroups} ordinary groups; past that, a new
 * group's alerts go to their route's single overflow group, so a storm of distinct label values stays bounded.
 */
public final class GroupTable {

    private final int maxGroups;
    private final Map<String, AlertGroup> groups = new LinkedHashMap<>();
    private final Collection<AlertGroup> view = Collections.unmodifiableCollection(groups.values());
    private long tick;
    private int overflowGroups;

    public GroupTable(int maxGroups) {
        if (maxGroups < 1) {
            throw new IllegalArgumentException("maxGroups must be >= 1, but was " + maxGroups);
        }
        this.maxGroups = maxGroups;
    }

    /** The key of the group an alert with these labels joins on this route. */
    public static String keyOf(RouteMatch route, Map<String, String> labels) {
        GroupingPolicy g = route.grouping();
        if (g.byAllLabels()) {
            Map<String, String> sorted = new TreeMap<>(labels);
            String[] parts = new String[1 + 2 * sorted.size()];
            parts[0] = route.id();
            int i = 1;
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                parts[i++] = e.getKey();
                parts[i++] = e.getValue();
            }
            return Fingerprint.hash(parts);
        }
        String[] parts = new String[1 + g.groupBy().size()];
        parts[0] = route.id();
        for (int i = 0; i < g.groupBy().size(); i++) {
            parts[i + 1] = labels.getOrDefault(g.groupBy().get(i), "");
        }
        return Fingerprint.hash(parts);
    }

    /** Starts a placement round: alerts not placed again before {@link #sweep()} may leave their groups. */
    public void beginTick() {
        tick++;
    }

    /** Puts the alert into the group with this key on this route; a resolved alert only updates groups it is in. */
    public void place(RouteMatch route, String key, TrackedAlert alert, Instant now) {
        AlertGroup g = groups.get(key);
        if (g == null) {
            if (!alert.firing()) {
                return;
            }
            if (groups.size() - overflowGroups >= maxGroups) {
                key = Fingerprint.hash(route.id(), "overflow");
                g = groups.get(key);
                if (g == null) {
                    overflowGroups++;
                }
            }
            if (g == null) {
                g = new AlertGroup(key, route, now);
                groups.put(key, g);
            }
        }
        g.place(alert, tick);
    }

    /** Ends the placement round: drops members that left before being announced, and groups with nothing owed. */
    public void sweep() {
        for (var it = groups.values().iterator(); it.hasNext(); ) {
            AlertGroup g = it.next();
            g.sweep(tick);
            if (g.idle()) {
                it.remove();
                if (g.key().equals(Fingerprint.hash(g.route().id(), "overflow"))) {
                    overflowGroups--;
                }
            }
        }
    }

    public Collection<AlertGroup> all() {
        return view;
    }

    public int size() {
        return groups.size();
    }
}
