package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.escalate.EscalationLevel;
import com.wedsync.guardian.alert.escalate.EscalationPolicy;
import com.wedsync.guardian.alert.group.GroupingPolicy;
import com.wedsync.guardian.alert.inhibit.InhibitRule;
import com.wedsync.guardian.alert.ratelimit.RateLimit;
import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.alert.route.Route;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Entries;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alert pipeline's part of {@code alerts:} (routes, escalation, inhibit, rateLimits, limits), declared once,
 * and how it is read into an {@link AlertingConfig}. The channels are declared by their own packages in
 * guardian-notify.
 */
public final class AlertSchema {

    private static final ValueType.Scalar<LabelMatcher> MATCHER = ValueType.parsed(
            "a matcher: name=value, name!=value, name=~regex or name!~regex", "java.lang.String", LabelMatcher::parse,
            LabelMatcher::toString);

    // ---- a route ----
    public static final Setting<List<LabelMatcher>> MATCH = Setting.listOf("match", MATCHER, 0, 100,
            "the alerts this route takes: every matcher must hold");
    public static final Setting<List<String>> RECEIVERS = Setting.strings("receivers", List.of(),
            "channels, in order: a later one is failover for the one before").defaultText("the first channel");
    public static final Setting<List<String>> GROUP_BY = GroupingPolicy.GROUP_BY;
    public static final Setting<Duration> GROUP_WAIT = GroupingPolicy.GROUP_WAIT;
    public static final Setting<Duration> GROUP_INTERVAL = GroupingPolicy.GROUP_INTERVAL;
    public static final Setting<Duration> REPEAT_INTERVAL = GroupingPolicy.REPEAT_INTERVAL;
    public static final Setting<String> ESCALATION_NAME = Setting.string("escalation", null,
            "the escalation policy (by name) of the alerts this route takes");
    public static final Setting<Boolean> CONTINUE = Setting.bool("continue", false,
            "after this route takes an alert, the routes after it may take it too");
    public static final Entries CHILD_ROUTES = Entries.recursive("routes",
            "routes tried in order below this one; an alert no child takes stays here");
    public static final Section ROUTES = Section.of("routes",
            "the root route takes every alert; its receivers are the default", MATCH, RECEIVERS, GROUP_BY, GROUP_WAIT,
            GROUP_INTERVAL, REPEAT_INTERVAL, ESCALATION_NAME, CONTINUE, CHILD_ROUTES);

    // ---- escalation ----
    public static final Setting<String> POLICY_NAME = Setting.string("name", null, "the policy's name, as routes name it")
            .required();
    public static final Setting<Duration> AFTER = EscalationLevel.AFTER.required();
    public static final Setting<List<String>> LEVEL_CHANNELS = Setting.listOf("channels", ValueType.string(Integer.MAX_VALUE),
            1, Integer.MAX_VALUE, "the channels this level notifies").required();
    public static final Setting<List<String>> FALLBACKS = Setting.strings("fallbacks", List.of(),
            "channels tried when those of the level fail");
    public static final Setting<Boolean> EXECUTIVE = Setting.bool("executive", false,
            "reached only at criticality 4 or 5 (a wedding in progress or an emergency)");
    public static final Entries LEVELS = Entries.of("levels", "the levels, in order; an acknowledgement stops the chain",
            Section.of("", "one level", AFTER, LEVEL_CHANNELS, FALLBACKS, EXECUTIVE));
    public static final Entries ESCALATION = Entries.of("escalation", "escalation policies routes refer to by name",
            Section.of("", "one policy", POLICY_NAME, LEVELS));

    // ---- inhibit ----
    public static final Setting<List<LabelMatcher>> SOURCE = Setting.listOf("source", MATCHER, 1, 100,
            "matchers of the alert that inhibits").required();
    public static final Setting<List<LabelMatcher>> TARGET = Setting.listOf("target", MATCHER, 1, 100,
            "matchers of the alerts it inhibits").required();
    public static final Setting<List<String>> EQUAL = Setting.strings("equal", List.of(),
            "labels both must share (the same pool, the same instance)");
    public static final Entries INHIBIT = Entries.of("inhibit",
            "inhibition rules; default: a DOWN pool mutes its own saturation, waiting, wait and timeout alerts",
            Section.of("", "one rule", SOURCE, TARGET, EQUAL));

    // ---- rate limits ----
    public static final Setting<String> LIMITED_CHANNEL = Setting.string("channel", null, "the channel limited").required();
    public static final Setting<Integer> PERMITS = RateLimit.PERMITS;
    public static final Setting<Duration> PER = RateLimit.PER;
    public static final Setting<Integer> BURST = RateLimit.BURST;
    public static final Entries RATE_LIMITS = Entries.of("rateLimits",
            "limits per channel, over each vendor's own (Slack 1/s, PagerDuty 120/min, Resend 2/s, SMS 1/s)",
            Section.of("", "one limit", LIMITED_CHANNEL, PERMITS, PER, BURST));

    // ---- limits ----
    public static final Setting<Integer> MAX_ALERTS = Setting.intIn("maxAlerts", 1, 1_000_000, 10_000,
            "alerts tracked at most");
    public static final Setting<Integer> MAX_GROUPS = Setting.intIn("maxGroups", 1, 100_000, 1_000,
            "groups at most; beyond, alerts share their route's overflow group");
    public static final Setting<Duration> RESOLVED_RETENTION = Setting.duration("resolvedRetention", Duration.ZERO,
            Duration.ofDays(7), Duration.ofMinutes(15), "how long a resolved alert stays listed");
    public static final Setting<Duration> KEEP_FIRING_FOR = Setting.duration("keepFiringFor", Duration.ZERO,
            Duration.ofHours(1), Duration.ofSeconds(30),
            "how long a condition must stay clear before its alert resolves (a flapping pool stays one alert)");
    public static final Setting<Integer> MAX_SILENCES = Setting.intIn("maxSilences", 1, 100_000, 1_000, "silences at most");
    public static final Setting<Duration> SILENCE_RETENTION = Setting.duration("silenceRetention", Duration.ZERO,
            Durations.LIMIT, Duration.ofHours(24), "how long an expired silence is still listed");
    public static final Section LIMITS = Section.of("limits", "bounds on what the alert desk keeps", MAX_ALERTS,
            MAX_GROUPS, RESOLVED_RETENTION, KEEP_FIRING_FOR, MAX_SILENCES, SILENCE_RETENTION);

    /** The pipeline's members of {@code alerts:}, for the section guardian-app puts together with the channels. */
    public static final List<com.wedsync.guardian.config.Member> MEMBERS = List.of(ROUTES, ESCALATION, INHIBIT,
            RATE_LIMITS, LIMITS);

    private AlertSchema() {
    }

    /**
     * The pipeline {@code alerts} describes, for these channels. {@code rateLimits} holds each channel's vendor
     * limit already; the section's own limits are added over it.
     */
    public static Optional<AlertingConfig> pipeline(ConfigReader alerts, String instance, List<String> channels,
                                                    RateLimitPolicy.Builder rateLimits) {
        String fallback = channels.stream().filter(n -> !n.isBlank()).findFirst().orElse("log");
        AlertingConfig.Builder b = AlertingConfig.builder().channels(channels);
        alerts.attempt("", () -> b.instance(instance));
        b.routes(route(alerts.section(ROUTES), true, fallback));
        for (ConfigReader e : alerts.entries(ESCALATION)) {
            escalation(e).ifPresent(p -> e.attempt(POLICY_NAME.key(), () -> b.escalation(p)));
        }
        if (alerts.has(INHIBIT)) {
            List<InhibitRule> rules = new ArrayList<>();
            alerts.entries(INHIBIT).forEach(r -> inhibit(r).ifPresent(rules::add));
            b.inhibitRules(rules);
        }
        for (ConfigReader r : alerts.entries(RATE_LIMITS)) {
            String channel = r.get(LIMITED_CHANNEL);
            int permits = r.get(PERMITS);
            Duration per = r.get(PER);
            int burst = r.find(BURST).orElse(permits);
            if (channel != null && !channel.isBlank()) {
                r.build(() -> rateLimits.channel(channel, new RateLimit(permits, per, burst)));
            }
        }
        alerts.build(RATE_LIMITS.key(), rateLimits::build).ifPresent(b::rateLimits);
        ConfigReader limits = alerts.section(LIMITS);
        b.maxAlerts(limits.get(MAX_ALERTS)).maxGroups(limits.get(MAX_GROUPS))
                .resolvedRetention(limits.get(RESOLVED_RETENTION)).keepFiringFor(limits.get(KEEP_FIRING_FOR))
                .maxSilences(limits.get(MAX_SILENCES)).silenceRetention(limits.get(SILENCE_RETENTION));
        return alerts.build(b::build);
    }

    /** The root route when {@code root}: receivers default to {@code fallback}, the first channel. */
    static Route route(ConfigReader r, boolean root, String fallback) {
        Route.Builder b = Route.builder();
        r.get(MATCH).forEach(b::matcher);
        List<String> receivers = r.get(RECEIVERS);
        if (root && receivers.isEmpty()) {
            receivers = List.of(fallback);
        }
        if (!receivers.isEmpty()) {
            List<String> given = receivers;
            r.attempt(RECEIVERS.key(), () -> b.receivers(given));
        }
        if (r.has(GROUP_BY) || r.has(GROUP_WAIT) || r.has(GROUP_INTERVAL) || r.has(REPEAT_INTERVAL)) {
            GroupingPolicy.Builder g = GroupingPolicy.builder();
            r.attempt(GROUP_BY.key(), () -> g.groupBy(r.get(GROUP_BY)));
            g.groupWait(r.get(GROUP_WAIT)).groupInterval(r.get(GROUP_INTERVAL)).repeatInterval(r.get(REPEAT_INTERVAL));
            r.build(g::build).ifPresent(b::grouping);
        }
        r.find(ESCALATION_NAME).ifPresent(e -> r.attempt(ESCALATION_NAME.key(), () -> b.escalation(e)));
        b.continueMatching(r.get(CONTINUE));
        for (ConfigReader child : r.entries(CHILD_ROUTES)) {
            b.child(route(child, false, fallback));
        }
        return r.build(b::build).orElseGet(() -> Route.builder().receivers(fallback).build());
    }

    private static Optional<EscalationPolicy> escalation(ConfigReader e) {
        String name = e.get(POLICY_NAME);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        EscalationPolicy.Builder p = EscalationPolicy.builder(name);
        for (ConfigReader l : e.entries(LEVELS)) {
            EscalationLevel.Builder level = EscalationLevel.builder().executive(l.get(EXECUTIVE));
            l.find(AFTER).ifPresent(level::delay);
            l.attempt(LEVEL_CHANNELS.key(), () -> level.channels(l.find(LEVEL_CHANNELS).orElse(List.of())));
            l.attempt(FALLBACKS.key(), () -> level.fallbacks(l.get(FALLBACKS)));
            if (l.has(AFTER) && l.has(LEVEL_CHANNELS)) {
                l.build(level::build).ifPresent(built -> l.attempt("", () -> p.level(built)));
            }
        }
        return e.build(p::build);
    }

    private static Optional<InhibitRule> inhibit(ConfigReader r) {
        Optional<List<LabelMatcher>> source = r.find(SOURCE);
        Optional<List<LabelMatcher>> target = r.find(TARGET);
        List<String> equal = r.get(EQUAL);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return r.build(() -> InhibitRule.builder().source(source.get().toArray(LabelMatcher[]::new))
                .target(target.get().toArray(LabelMatcher[]::new)).equal(equal.toArray(String[]::new)).build());
    }
}
