package com.wedsync.guardian.alert.inhibit;

import com.wedsync.guardian.alert.route.LabelMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * While an alert matching {@code source} fires, alerts matching {@code target} that carry the same values of
 * the {@code equal} labels are muted (Alertmanager's inhibit_rules). An alert never inhibits itself.
 */
public final class InhibitRule {

    private final List<LabelMatcher> source;
    private final List<LabelMatcher> target;
    private final List<String> equal;

    private InhibitRule(Builder b) {
        this.source = List.copyOf(b.source);
        this.target = List.copyOf(b.target);
        this.equal = List.copyOf(b.equal);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A pool that is down inhibits its own symptoms: they say nothing more than "down" does. */
    public static List<InhibitRule> defaults() {
        return List.of(builder()
                .source(LabelMatcher.equal("condition", "pool_down"))
                .target(LabelMatcher.regex("condition", "saturation|threads_waiting|wait_p99|timeouts"))
                .equal("pool", "instance")
                .build());
    }

    public List<LabelMatcher> source() {
        return source;
    }

    public List<LabelMatcher> target() {
        return target;
    }

    public List<String> equal() {
        return equal;
    }

    public static final class Builder {
        private final List<LabelMatcher> source = new ArrayList<>();
        private final List<LabelMatcher> target = new ArrayList<>();
        private final List<String> equal = new ArrayList<>();

        private Builder() {
        }

        public Builder source(LabelMatcher... matchers) {
            for (LabelMatcher m : matchers) {
                source.add(Objects.requireNonNull(m, "source matcher"));
            }
            return this;
        }

        public Builder target(LabelMatcher... matchers) {
            for (LabelMatcher m : matchers) {
                target.add(Objects.requireNonNull(m, "target matcher"));
            }
            return this;
        }

        public Builder equal(String... labels) {
            for (String l : labels) {
                if (l == null || l.isBlank()) {
                    throw new IllegalArgumentException("equal must hold label names, but held \"" + l + "\"");
                }
                equal.add(l);
            }
            return this;
        }

        public InhibitRule build() {
            if (source.isEmpty()) {
                throw new IllegalArgumentException("source must hold at least one matcher, but was []");
            }
            if (target.isEmpty()) {
                throw new IllegalArgumentException("target must hold at least one matcher, but was []");
            }
            return new InhibitRule(this);
        }
    }
}
