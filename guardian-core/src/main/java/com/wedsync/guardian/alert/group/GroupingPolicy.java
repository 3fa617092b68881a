package com.wedsync.guardian.alert.group;

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

    public static final class Builder {
        private final List<String> groupBy = new ArrayList<>(List.of("pool", "condition"));
        private Duration groupWait = Duration.ofSeconds(30);
        private Duration groupInterval = Duration.ofMinutes(5);
        private Duration repeatInterval = Duration.ofHours(4);

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
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("groupWait must be >= 0, but was " + d);
            }
            groupWait = d;
            return this;
        }

        public Builder groupInterval(Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("groupInterval must be > 0, but was " + d);
            }
            groupInterval = d;
            return this;
        }

        public Builder repeatInterval(Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("repeatInterval must be > 0, but was " + d);
            }
            repeatInterval = d;
            return this;
        }

        public GroupingPolicy build() {
            if (repeatInterval.compareTo(groupInterval) < 0) {
                throw new IllegalArgumentException("repeatInterval must be >= groupInterval (" + groupInterval
                        + "), but was " + repeatInterval);
            }
            return new GroupingPolicy(this);
        }
    }
}
