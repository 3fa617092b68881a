package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.alert.state.TrackedAlert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alerts of one route that share their group-by labels, and what was said about them: when, to which
 * channels (escalation levels included), and which alerts were in the last trigger. Mutable; tick thread only.
 * An "episode" runs from the first trigger to the resolve; its start is part of every notification id.
 */
public final class AlertGroup {

    /** One alert in the group; {@code announced} once it was part of a sent trigger. */
    public static final class Member {
        private TrackedAlert alert;
        private boolean announced;
        private long seenTick;

        Member(TrackedAlert alert) {
            this.alert = alert;
        }

        public TrackedAlert alert() {
            return alert;
        }

        public boolean announced() {
            return announced;
        }
    }

    private final String key;
    private final RouteMatch route;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private Instant nextFlushAt;
    private Instant episodeStart;
    private Instant lastSentAt;
    private Set<String> lastSentFiring = Set.of();
    private long sequence;
    private final List<DeliveryTarget> reached = new ArrayList<>();
    private int level = -1;
    private Instant escalationStart;
    private boolean ackAnnounced;

    AlertGroup(String key, RouteMatch route, Instant now) {
        this.key = key;
        this.route = route;
        this.nextFlushAt = now.plus(route.grouping().groupWait());
    }

    public String key() {
        return key;
    }

    public RouteMatch route() {
        return route;
    }

    public Collection<Member> members() {
        return members.values();
    }

    /** When the group next considers sending (group wait first, then every group interval). */
    public Instant nextFlushAt() {
        return nextFlushAt;
    }

    /** The start of the current episode (the first trigger), or null when nothing is outstanding. */
    public Instant episodeStart() {
        return episodeStart;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    public Set<String> lastSentFiring() {
        return lastSentFiring;
    }

    /** Every channel the current episode's triggers went to, escalation levels included. */
    public List<DeliveryTarget> reached() {
        return List.copyOf(reached);
    }

    /** The highest level reached in this episode: -1 none, 0 the route's receivers, 1.. escalation levels. */
    public int level() {
        return level;
    }

    public Instant escalationStart() {
        return escalationStart;
    }

    public boolean ackAnnounced() {
        return ackAnnounced;
    }

    /** The highest wedding criticality among the group's firing alerts (1 when none fires). */
    public int criticality() {
        int c = 1;
        for (Member m : members.values()) {
            if (m.alert.firing()) {
                c = Math.max(c, m.alert.alert().context().criticality());
            }
        }
        return c;
    }

    void place(TrackedAlert alert, long tick) {
        Member m = members.get(alert.id());
        if (m == null) {
            if (!alert.firing()) {
                return;
            }
            m = new Member(alert);
            members.put(alert.id(), m);
        }
        m.alert = alert;
        m.seenTick = tick;
    }

    /**
     * Drops members never announced that stopped routing here: nothing was said, so nothing is owed. Announced
     * members stay until their resolve is sent, wherever the alert has routed since. A member that resolved
     * before it was announced stays until the next flush, so a flapping alert keeps its group (and its timers)
     * instead of starting a new group wait on every flap.
     */
    void sweep(long tick) {
        members.values().removeIf(m -> !m.announced && m.seenTick != tick);
    }

    /** At a flush: members that resolved before they were ever announced leave, owing nothing. */
    public void dropUnannouncedResolved() {
        members.values().removeIf(m -> !m.announced && !m.alert.firing());
    }

    boolean idle() {
        return members.isEmpty() && episodeStart == null;
    }

    public void scheduleNextFlush(Instant at) {
        nextFlushAt = at;
    }

    /** Records a trigger or resolve sent at {@code now}; returns the send's sequence number. */
    public long recordSend(NotificationAction action, List<TrackedAlert> firing, Instant now) {
        sequence++;
        lastSentAt = now;
        if (action == NotificationAction.RESOLVE) {
            members.values().removeIf(m -> !m.alert.firing());
            lastSentFiring = Set.of();
            episodeStart = null;
            escalationStart = null;
            reached.clear();
            level = -1;
            ackAnnounced = false;
            return sequence;
        }
        if (action == NotificationAction.TRIGGER && episodeStart == null) {
            episodeStart = now;
            escalationStart = now;
        }
        Set<String> ids = new HashSet<>();
        for (TrackedAlert t : firing) {
            ids.add(t.id());
            members.get(t.id()).announced = true;
        }
        lastSentFiring = ids;
        // Resolved members are said to be gone by this update, so they leave the group.
        members.values().removeIf(m -> !m.alert.firing() && m.announced);
        return sequence;
    }

    /** Records that the episode reached {@code newLevel}: its targets get every later update and the resolve. */
    public void reach(int newLevel, List<DeliveryTarget> targets) {
        reached.addAll(targets);
        level = Math.max(level, newLevel);
    }

    /** Records whether the acknowledgement was announced; a non-null restart moves the escalation clock. */
    public void acknowledged(boolean announced, Instant escalationRestart) {
        ackAnnounced = announced;
        if (escalationRestart != null) {
            escalationStart = escalationRestart;
        }
    }

    /** The next send sequence number of this group. */
    public long nextSequence() {
        return ++sequence;
    }
}
