package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.escalate.EscalationLevel;
import com.wedsync.guardian.alert.escalate.EscalationPolicy;
import com.wedsync.guardian.alert.evaluate.SeverityTable;
import com.wedsync.guardian.alert.inhibit.InhibitRule;
import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.alert.route.Route;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.alert.route.RouteTree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the alert pipeline is configured with (guardian.yaml {@code alerts:}). Immutable. {@code build()}
 * checks cross-references (escalation names, and channel names when {@link Builder#channels} was given) and
 * reports every problem at once.
 */
public final class AlertingConfig {

    private final String instance;
    private final RouteTree routes;
    private final Map<String, EscalationPolicy> escalations;
    private final List<InhibitRule> inhibitRules;
    private final RateLimitPolicy rateLimits;
    private final SeverityTable severities;
    private final int maxAlerts;
    private final int maxGroups;
    private final Duration resolvedRetention;
    private final Duration keepFiringFor;
    private final int maxSilences;
    private final Duration silenceRetention;

    private AlertingConfig(Builder b, RouteTree routes) {
        this.instance = b.instance;
        this.routes = routes;
        this.escalations = Map.copyOf(b.escalations);
        this.inhibitRules = List.copyOf(b.inhibitRules);
        this.rateLimits = b.rateLimits;
        this.severities = b.severities;
        this.maxAlerts = b.maxAlerts;
        this.maxGroups = b.maxGroups;
        this.resolvedRetention = b.resolvedRetention;
        this.keepFiringFor = b.keepFiringFor;
        this.maxSilences = b.maxSilences;
        this.silenceRetention = b.silenceRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String instance() {
        return instance;
    }

    public RouteTree routes() {
        return routes;
    }

    public Map<String, EscalationPolicy> escalations() {
        return escalations;
    }

    public List<InhibitRule> inhibitRules() {
        return inhibitRules;
    }

    public RateLimitPolicy rateLimits() {
        return rateLimits;
    }

    public SeverityTable severities() {
        return severities;
    }

    public int maxAlerts() {
        return maxAlerts;
    }

    public int maxGroups() {
        return maxGroups;
    }

    public Duration resolvedRetention() {
        return resolvedRetention;
    }

    public Duration keepFiringFor() {
        return keepFiringFor;
    }

    public int maxSilences() {
        return maxSilences;
    }

    public Duration silenceRetention() {
        return silenceRetention;
    }

    public static final class Builder {
        private String instance = "guardian";
        private Route root;
        private final Map<String, EscalationPolicy> escalations = new LinkedHashMap<>();
        private List<InhibitRule> inhibitRules = InhibitRule.defaults();
        private RateLimitPolicy rateLimits = RateLimitPolicy.none();
        private SeverityTable severities = SeverityTable.defaults();
        private Set<String> channels;
        private int maxAlerts = AlertSchema.MAX_ALERTS.defaultValue();
        private int maxGroups = AlertSchema.MAX_GROUPS.defaultValue();
        private Duration resolvedRetention = AlertSchema.RESOLVED_RETENTION.defaultValue();
        private Duration keepFiringFor = AlertSchema.KEEP_FIRING_FOR.defaultValue();
        private int maxSilences = AlertSchema.MAX_SILENCES.defaultValue();
        private Duration silenceRetention = AlertSchema.SILENCE_RETENTION.defaultValue();

        private Builder() {
        }

        /** This guardian's name: the {@code instance} label of every alert (default "guardian"). */
        public Builder instance(String instance) {
            if (instance == null || instance.isBlank()) {
                throw new IllegalArgumentException("instance must not be blank, but was \"" + instance + "\"");
            }
            this.instance = instance;
            return this;
        }

        public Builder routes(Route root) {
            this.root = Objects.requireNonNull(root, "routes");
            return this;
        }

        public Builder escalation(EscalationPolicy policy) {
            Objects.requireNonNull(policy, "escalation");
            if (escalations.containsKey(policy.name())) {
                throw new IllegalArgumentException("escalation names must be unique, but " + policy.name()
                        + " appears twice");
            }
            escalations.put(policy.name(), policy);
            return this;
        }

        /** Replaces the default rule (a DOWN pool inhibits its own saturation, threads_waiting, wait_p99, timeouts). */
        public Builder inhibitRules(List<InhibitRule> rules) {
            this.inhibitRules = List.copyOf(rules);
            return this;
        }

        public Builder rateLimits(RateLimitPolicy rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
            return this;
        }

        public Builder severities(SeverityTable severities) {
            this.severities = Objects.requireNonNull(severities, "severities");
            return this;
        }

        /** The configured channel names: when given, every route, level and limit must name one of them. */
        public Builder channels(Iterable<String> names) {
            channels = new LinkedHashSet<>();
            names.forEach(channels::add);
            return this;
        }

        /** At most this many alerts are tracked (default 10,000; 1..1,000,000). */
        public Builder maxAlerts(int maxAlerts) {
            this.maxAlerts = AlertSchema.MAX_ALERTS.check(maxAlerts);
            return this;
        }

        /** At most this many groups (default 1,000; 1..100,000); beyond, alerts share their route's overflow group. */
        public Builder maxGroups(int maxGroups) {
            this.maxGroups = AlertSchema.MAX_GROUPS.check(maxGroups);
            return this;
        }

        /** How long a resolved alert stays visible in {@code GET /api/alerts} (default 15 min; 0..7 days). */
        public Builder resolvedRetention(Duration d) {
            this.resolvedRetention = AlertSchema.RESOLVED_RETENTION.check(d);
            return this;
        }

        /**
         * How long a condition must stay clear before its alert resolves (default 30 s; 0..1 h): a pool
         * flapping around a threshold stays one alert instead of a trigger and an all-clear per flap.
         */
        public Builder keepFiringFor(Duration d) {
            this.keepFiringFor = AlertSchema.KEEP_FIRING_FOR.check(d);
            return this;
        }

        public Builder maxSilences(int maxSilences) {
            this.maxSilences = AlertSchema.MAX_SILENCES.check(maxSilences);
            return this;
        }

        /** How long an expired silence is still listed (default 24 h). */
        public Builder silenceRetention(Duration d) {
            this.silenceRetention = AlertSchema.SILENCE_RETENTION.check(d);
            return this;
        }

        public AlertingConfig build() {
            if (root == null) {
                throw new IllegalArgumentException("routes must be set, but was null");
            }
            RouteTree tree = new RouteTree(root);
            List<String> problems = new ArrayList<>();
            for (RouteMatch r : tree.all()) {
                if (!r.escalation().isEmpty() && !escalations.containsKey(r.escalation())) {
                    problems.add("route " + r.id() + ": escalation " + r.escalation() + " is not defined (defined: "
                            + escalations.keySet() + ")");
                }
                r.receivers().forEach(c -> checkChannel("route " + r.id() + " receivers", c, problems));
            }
            for (EscalationPolicy p : escalations.values()) {
                for (int i = 0; i < p.levels().size(); i++) {
                    EscalationLevel l = p.levels().get(i);
                    String where = "escalation " + p.name() + " level " + (i + 1);
                    l.channels().forEach(c -> checkChannel(where + " channels", c, problems));
                    l.fallbacks().forEach(c -> checkChannel(where + " fallbacks", c, problems));
                }
            }
            rateLimits.channels().keySet().forEach(c -> checkChannel("rateLimits", c, problems));
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("alerts config: " + String.join("; ", problems));
            }
            return new AlertingConfig(this, tree);
        }

        private void checkChannel(String where, String channel, List<String> problems) {
            if (channels != null && !channels.contains(channel)) {
                problems.add(where + ": channel " + channel + " is not defined (defined: " + channels + ")");
            }
        }
    }
}
