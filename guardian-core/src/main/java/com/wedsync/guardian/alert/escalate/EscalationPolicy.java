package com.wedsync.guardian.alert.escalate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named escalation chain: levels 1..n, each reached after its delay when nobody acknowledged. Level 0 is
 * the route's own receivers. Delays must increase, so the levels are reached in order.
 */
public final class EscalationPolicy {

    /** Escalation goes no further than the route's receivers. */
    public static final EscalationPolicy NONE = new EscalationPolicy("", List.of());

    private final String name;
    private final List<EscalationLevel> levels;

    private EscalationPolicy(String name, List<EscalationLevel> levels) {
        this.name = name;
        this.levels = List.copyOf(levels);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** Levels 1..n, in order ({@code levels().get(0)} is level 1). */
    public List<EscalationLevel> levels() {
        return levels;
    }

    public static final class Builder {
        private final String name;
        private final List<EscalationLevel> levels = new ArrayList<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("escalation policy name must not be blank, but was \"" + name + "\"");
            }
            this.name = name;
        }

        public Builder level(EscalationLevel level) {
            levels.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        public EscalationPolicy build() {
            for (int i = 1; i < levels.size(); i++) {
                if (levels.get(i).delay().compareTo(levels.get(i - 1).delay()) <= 0) {
                    throw new IllegalArgumentException("escalation " + name + ": level " + (i + 1)
                            + " delay must be greater than level " + i + "'s (" + levels.get(i - 1).delay()
                            + "), but was " + levels.get(i).delay());
                }
            }
            return new EscalationPolicy(name, levels);
        }
    }
}
