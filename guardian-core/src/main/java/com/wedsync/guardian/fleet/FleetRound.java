package com.wedsync.guardian.fleet;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's answer to one heartbeat.
 *
 * @param leaseLost true when this instance's lease had lapsed before this heartbeat renewed it: others may
 *                  have taken what it held, so it grows nothing this tick
 * @param grants    by pool name
 * @param budgets   each database of the instance, as it was divided
 * @param wanted    by database: what all its live pools want
 * @param duties    the databases this instance speaks for: it holds their duty lease
 * @param groups    the pool conditions across the fleet on those databases, for this instance to say once
 * @param acks      acknowledgements sent to other instances, by alert id (who acknowledged), for a duty holder to apply
 */
public record FleetRound(boolean leaseLost, Map<String, Grant> grants, List<FleetBudget> budgets, Map<String, Integer> wanted,
                         Set<String> duties, List<ConditionGroup> groups, Map<String, String> acks) {

    public FleetRound {
        grants = Map.copyOf(grants);
        budgets = List.copyOf(budgets);
        wanted = Map.copyOf(wanted);
        duties = Set.copyOf(duties);
        groups = List.copyOf(groups);
        acks = Map.copyOf(acks);
    }
}
