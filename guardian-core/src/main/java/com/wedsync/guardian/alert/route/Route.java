package com.wedsync.guardian.alert.route;

import com.wedsync.guardian.alert.group.GroupingPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of the routing tree (immutable). An alert enters a route when every matcher matches; then the
 * children are tried in order and the first that matches takes it, unless that child says {@code continue},
 * in which case the next children are tried too. If no child takes it, this route does.
 * Receivers, grouping and escalation left unset are inherited from the parent.
 *
 * @see RouteTree
 */
public final class Route {

    private final List<LabelMatcher> matchers;
    private final List<String> receivers;
    private final GroupingPolicy grouping;
    private final String escalation;
    private final boolean continueMatching;
    private final List<Route> children;

    private Route(Builder b) {
        this.matchers = List.copyOf(b.matchers);
        this.receivers = List.copyOf(b.receivers);
        this.grouping = b.grouping;
        this.escalation = b.escalation;
        this.continueMatching = b.continueMatching;
        this.children = List.copyOf(b.children);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<LabelMatcher> matchers() {
        return matchers;
    }

    /** Channels in failover order: the first is notified, the rest take over when it cannot deliver. Empty: inherited. */
    public List<String> receivers() {
        return receivers;
    }

    public Optional<GroupingPolicy> grouping() {
        return Optional.ofNullable(grouping);
    }

    /** The name of the escalation policy; empty: inherited. */
    public Optional<String> escalation() {
        return Optional.ofNullable(escalation);
    }

    public boolean continueMatching() {
        return continueMatching;
    }

    public List<Route> children() {
        return children;
    }

    public static final class Builder {
        private final List<LabelMatcher> matchers = new ArrayList<>();
        private final List<String> receivers = new ArrayList<>();
        private GroupingPolicy grouping;
        private String escalation;
        private boolean continueMatching;
        private final List<Route> children = new ArrayList<>();

        private Builder() {
        }

        public Builder matcher(LabelMatcher matcher) {
            matchers.add(Objects.requireNonNull(matcher, "matcher"));
            return this;
        }

        /** Adds a matcher written as in Alertmanager, for example {@code severity=~"critical|warning"}. */
        public Builder match(String matcher) {
            return matcher(LabelMatcher.parse(matcher));
        }

        public Builder receivers(String... channels) {
            return receivers(List.of(channels));
        }

        public Builder receivers(List<String> channels) {
            for (String c : channels) {
                if (c == null || c.isBlank()) {
                    throw new IllegalArgumentException("receivers must be channel names, but one was \"" + c + "\"");
                }
                if (receivers.contains(c)) {
                    throw new IllegalArgumentException("receivers must not repeat a channel, but " + c + " appears twice");
                }
                receivers.add(c);
            }
            return this;
        }

        public Builder grouping(GroupingPolicy grouping) {
            this.grouping = Objects.requireNonNull(grouping, "grouping");
            return this;
        }

        public Builder escalation(String policyName) {
            if (policyName == null || policyName.isBlank()) {
                throw new IllegalArgumentException("escalation must name a policy, but was \"" + policyName + "\"");
            }
            this.escalation = policyName;
            return this;
        }

        /** After this route matched, keep trying its siblings (Alertmanager's {@code continue}). */
        public Builder continueMatching(boolean continueMatching) {
            this.continueMatching = continueMatching;
            return this;
        }

        public Builder child(Route child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        public Route build() {
            return new Route(this);
        }
    }
}
