package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.state.TrackedAlert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grouping and de-duplication stage: when a group is due (group wait, then every group interval),
 * decides whether it has something new to say. A changed set of firing alerts is sent at once; an unchanged
 * one only after the repeat interval; when nothing unmuted fires any more, the resolve goes to every channel
 * the episode reached. Muted (inhibited or silenced) alerts are left out, and never reported as resolved.
 */
public final class GroupFlusher {

    public Optional<GroupSend> flush(Instant now, AlertGroup g) {
        if (now.isBefore(g.nextFlushAt())) {
            return Optional.empty();
        }
        GroupingPolicy policy = g.route().grouping();
        g.scheduleNextFlush(now.plus(policy.groupInterval()));
        g.dropUnannouncedResolved();
        List<TrackedAlert> firing = new ArrayList<>();
        List<TrackedAlert> resolved = new ArrayList<>();
        for (AlertGroup.Member m : g.members()) {
            TrackedAlert t = m.alert();
            if (t.firing()) {
                if (!t.muted()) {
                    firing.add(t);
                }
            } else if (m.announced()) {
                resolved.add(t);
            }
        }
        if (firing.isEmpty()) {
            if (resolved.isEmpty() || g.episodeStart() == null) {
                return Optional.empty();
            }
            List<DeliveryTarget> targets = g.reached();
            Instant episode = g.episodeStart();
            long seq = g.recordSend(NotificationAction.RESOLVE, List.of(), now);
            return Optional.of(new GroupSend(g, NotificationAction.RESOLVE, alerts(resolved), targets, episode, seq));
        }
        boolean unchanged = resolved.isEmpty() && sameIds(firing, g.lastSentFiring());
        if (unchanged && now.isBefore(g.lastSentAt().plus(policy.repeatInterval()))) {
            return Optional.empty();
        }
        if (g.episodeStart() == null) {
            List<String> receivers = g.route().receivers();
            g.reach(0, List.of(new DeliveryTarget(receivers.get(0), receivers.subList(1, receivers.size()), 0)));
        }
        long seq = g.recordSend(NotificationAction.TRIGGER, firing, now);
        return Optional.of(new GroupSend(g, NotificationAction.TRIGGER, alerts(firing), g.reached(),
                g.episodeStart(), seq));
    }

    private static boolean sameIds(List<TrackedAlert> firing, Set<String> sent) {
        if (firing.size() != sent.size()) {
            return false;
        }
        for (TrackedAlert t : firing) {
            if (!sent.contains(t.id())) {
                return false;
            }
        }
        return true;
    }

    private static List<Alert> alerts(List<TrackedAlert> tracked) {
        List<Alert> out = new ArrayList<>(tracked.size());
        for (TrackedAlert t : tracked) {
            out.add(t.alert());
        }
        return out;
    }
}
