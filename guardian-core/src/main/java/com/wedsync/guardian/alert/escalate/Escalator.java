package com.wedsync.guardian.alert.escalate;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.group.AlertGroup;
import com.wedsync.guardian.alert.group.DeliveryTarget;
import com.wedsync.guardian.alert.group.GroupSend;
import com.wedsync.guardian.alert.state.TrackedAlert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation stage, run on every tick for every group with an open episode. While some unmuted firing
 * alert is unacknowledged, the next levels are reached as their delays pass; an executive level waits until
 * the group's criticality is 4 or 5 (and the levels after it wait with it). When every unmuted firing alert
 * is acknowledged, escalation stops and the acknowledgement goes to every channel reached; a new
 * unacknowledged alert restarts the clock from the level already reached.
 */
public final class Escalator {

    /** The executive level is for a wedding in progress (criticality 4) or an emergency (5), per the product brief. */
    public static final int EXECUTIVE_MIN_CRITICALITY = 4;

    private final Map<String, EscalationPolicy> policies;

    public Escalator(Map<String, EscalationPolicy> policies) {
        this.policies = Map.copyOf(policies);
    }

    public Optional<GroupSend> step(Instant now, AlertGroup g) {
        if (g.episodeStart() == null) {
            return Optional.empty();
        }
        boolean anyFiring = false;
        boolean allAcked = true;
        for (AlertGroup.Member m : g.members()) {
            TrackedAlert t = m.alert();
            if (t.firing() && !t.muted()) {
                anyFiring = true;
                allAcked &= t.acknowledged();
            }
        }
        if (!anyFiring) {
            return Optional.empty();
        }
        EscalationPolicy policy = policies.getOrDefault(g.route().escalation(), EscalationPolicy.NONE);
        if (allAcked) {
            if (g.ackAnnounced()) {
                return Optional.empty();
            }
            g.acknowledged(true, null);
            return Optional.of(new GroupSend(g, NotificationAction.ACKNOWLEDGE, firing(g), g.reached(),
                    g.episodeStart(), g.nextSequence()));
        }
        if (g.ackAnnounced()) {
            Duration done = g.level() >= 1 ? policy.levels().get(g.level() - 1).delay() : Duration.ZERO;
            g.acknowledged(false, now.minus(done));
        }
        List<DeliveryTarget> added = new ArrayList<>();
        for (int level = g.level() + 1; level <= policy.levels().size(); level++) {
            EscalationLevel l = policy.levels().get(level - 1);
            if (now.isBefore(g.escalationStart().plus(l.delay()))
                    || (l.executive() && g.criticality() < EXECUTIVE_MIN_CRITICALITY)) {
                break;
            }
            List<DeliveryTarget> targets = new ArrayList<>();
            for (String channel : l.channels()) {
                targets.add(new DeliveryTarget(channel, l.fallbacks(), level));
            }
            g.reach(level, targets);
            added.addAll(targets);
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GroupSend(g, NotificationAction.TRIGGER, firing(g), added, g.episodeStart(),
                g.nextSequence()));
    }

    private static List<Alert> firing(AlertGroup g) {
        List<Alert> out = new ArrayList<>();
        for (AlertGroup.Member m : g.members()) {
            if (m.alert().firing() && !m.alert().muted()) {
                out.add(m.alert().alert());
            }
        }
        return out;
    }
}
