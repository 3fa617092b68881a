package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.NotificationAction;

import java.util.List;

/**
 * One decision to notify: what (the group's alerts), how (trigger, acknowledge, resolve) and where.
 *
 * @param episode  when the group's episode began (its first trigger): with {@code sequence}, part of each
 *                 notification id, so two sends never share one, even across restarts
 * @param sequence the group's send counter
 */
public record GroupSend(AlertGroup group, NotificationAction action, List<Alert> alerts,
                        List<DeliveryTarget> targets, java.time.Instant episode, long sequence) {
    public GroupSend {
        alerts = List.copyOf(alerts);
        targets = List.copyOf(targets);
    }
}
