package com.wedsync.guardian.alert.group;

import java.util.List;

/**
 * A channel a group was sent to, with the channels that take over when it cannot deliver.
 *
 * @param level 0 for the route's receivers, 1.. for escalation levels
 */
public record DeliveryTarget(String channel, List<String> fallbacks, int level) {
    public DeliveryTarget {
        fallbacks = List.copyOf(fallbacks);
    }
}
