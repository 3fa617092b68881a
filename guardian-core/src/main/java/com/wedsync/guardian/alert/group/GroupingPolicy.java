package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a route groups its alerts and how often it speaks (Alertmanager's group_by, group_wait,
 * group_interval, repeat_interval, with its defaults: 30 s, 5 min, 4 h). {@code groupBy} of {@code ...}
 * groups by every label, so each alert is its own group.
 */
public final class GroupingPolicy {

    public static final String ALL_LABELS = "...";

    private final List<String> groupBy;
    private final Duration groupWait;
    private final Duration groupInterval;
    private final Duration repeatInterval;

    private GroupingPolicy(Builder b) {
        this.groupBy = List.copyOf(b.groupBy);
        this.groupWait = b.groupWait;
        this.groupInterval = b.groupInterval;
        this.repeatInterval = b.repeatInterval;
    }

    public static GroupingPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> groupBy() {
        return groupBy;
    }

    public boolean byAllLabels() {
        return groupBy.contains(ALL_LABELS);
    }

    /** How long a new group waits for more alerts before its first notification. */
    public Duration groupWait() {
        return groupWait;
    }

    /** The least time between two notifications of one group when its alerts change. */
    public Duration groupInterval() {
        return groupInterval;
    }

    /** How long an unchanged firing group stays quiet before it is notified again. */
    public Duration repeatInterval() {
        return repeatInterval;
    }

    /** {@code alerts.routes.groupBy}. */
    public static final Setting<List<String>> GROUP_BY = Setting.strings("groupBy", List.of("pool", "condition"),
            "labels that split alerts into groups");
    /** {@code alerts.routes.groupWait}. */
    public static final Setting<Duration> GROUP_WAIT = Setting.duration("groupWait", Duration.ZERO, Durations.LIMIT,
            Duration.ofSeconds(30), "how long a new group waits for more alerts before its first notification");
    /** {@code alerts.routes.groupInterval}. */
    public static final Setting<Duration> GROUP_INTERVAL = Setting.duration("groupInterval", Duration.ofMillis(1),
            Durations.LIMIT, Duration.ofMinutes(5), "the least time between two notifications of a group that changed");
    /** {@code alerts.routes.repeatInterval}. */
    public static final Setting<Duration> REPEAT_INTERVAL = Setting.duration("repeatInterval", Duration.ofMillis(1),
            Durations.LIMIT, Duration.ofHours(4), "how long an unchanged firing group stays quiet before it is sent again");

    public static final class Builder {
        private final List<String> groupBy = new ArrayList<>(GROUP_BY.defaultValue());
        private Duration groupWait = GROUP_WAIT.defaultValue();
        private Duration groupInterval = GROUP_INTERVAL.defaultValue();
        private Duration repeatInterval = REPEAT_INTERVAL.defaultValue();

        private Builder() {
        }

        /** Labels that split alerts into groups (default: pool, condition). */
        public Builder groupBy(String... labels) {
            return groupBy(List.of(labels));
        }

        public Builder groupBy(List<String> labels) {
            groupBy.clear();
            for (String l : labels) {
                if (l == null || l.isBlank()) {
                    throw new IllegalArgumentException("groupBy must hold label names, but held \"" + l + "\"");
                }
                groupBy.add(l);
            }
            return this;
        }

        public Builder groupWait(Duration d) {
            groupWait = GROUP_WAIT.check(d);
            return this;
        }

        public Builder groupInterval(Duration d) {
            groupInterval = GROUP_INTERVAL.check(d);
            return this;
        }

        public Builder repeatInterval(Duration d) {
            repeatInterval = REPEAT_INTERVAL.check(d);
            return this;
        }

        public GroupingPolicy build() {
            if (repeatInterval.compareTo(groupInterval) < 0) {
                throw new IllegalArgumentException("repeatInterval must be >= groupInterval ("
                        + Durations.format(groupInterval) + "), but was " + Durations.format(repeatInterval));
            }
            return new GroupingPolicy(this);
        }
    }
}
