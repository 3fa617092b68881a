package com.wedsync.guardian.alert.route;

import com.wedsync.guardian.alert.group.GroupingPolicy;

import java.util.List;

/**
 * A route an alert reached, with everything inherited filled in.
 *
 * @param id         the route's position in the tree ("0", "0.2", "0.2.1"), stable while the tree is unchanged
 * @param receivers  channels in failover order (never empty)
 * @param grouping   how alerts on this route are grouped and how often they are re-sent
 * @param escalation the escalation policy's name, or "" for none
 */
public record RouteMatch(String id, List<String> receivers, GroupingPolicy grouping, String escalation) {
    public RouteMatch {
        receivers = List.copyOf(receivers);
    }
}
