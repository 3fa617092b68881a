package com.wedsync.guardian.app.config;

import com.wedsync.guardian.alert.escalate.EscalationLevel;
import com.wedsync.guardian.alert.escalate.EscalationPolicy;
import com.wedsync.guardian.alert.group.GroupingPolicy;
import com.wedsync.guardian.alert.inhibit.InhibitRule;
import com.wedsync.guardian.alert.pipeline.AlertingConfig;
import com.wedsync.guardian.alert.ratelimit.RateLimit;
import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.alert.ratelimit.VendorLimits;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.alert.route.Route;
import com.wedsync.guardian.notify.ChannelConfigException;
import com.wedsync.guardian.notify.ChannelFactory;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ConfiguredChannel;
import com.wedsync.guardian.notify.twilio.TwilioConfig;
import com.wedsync.guardian.notify.dispatch.ClaimLease;
import com.wedsync.guardian.secret.Secret;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code alerts:}; the shape is documented in the README ("Alerts"). */
final class AlertsSection {

    private static final Duration MAX = Duration.ofDays(30);

    private AlertsSection() {
    }

    static AlertsSettings read(ConfigNode a, String instance) {
        a.allowOnly("channels", "routes", "escalation", "inhibit", "rateLimits", "limits", "dashboardUrl", "outbox");
        String dashboardUrl = a.string("dashboardUrl", "");
        ChannelEntries entries = ChannelEntries.read(a);
        List<ConfiguredChannel<?>> channels = channels(a, entries, dashboardUrl);
        AlertingConfig.Builder b = AlertingConfig.builder().instance(instance).channels(entries.names());
        ConfigNode routes = a.child("routes");
        String fallback = entries.names().stream().filter(n -> !n.isBlank()).findFirst().orElse("log");
        b.routes(route(routes, true, fallback));
        for (ConfigNode e : a.list("escalation")) {
            escalation(e).ifPresent(b::escalation);
        }
        if (a.has("inhibit")) {
            List<InhibitRule> rules = new ArrayList<>();
            for (ConfigNode r : a.list("inhibit")) {
                inhibit(r).ifPresent(rules::add);
            }
            b.inhibitRules(rules);
        }
        b.rateLimits(rateLimits(a, channels));
        limits(a.child("limits"), b);
        Duration lease = outboxLease(a.child("outbox"));
        try {
            return new AlertsSettings(channels, b.build(), dashboardUrl, lease);
        } catch (IllegalArgumentException e) {
            a.problem(e.getMessage());
            return new AlertsSettings(channels, AlertingConfig.builder().instance(instance)
                    .routes(Route.builder().receivers(fallback).build()).build(), "");
        }
    }

    /** {@code outbox: {lease: 5m}}: how long a dispatcher's claim on an entry lasts (instances sharing one outbox). */
    private static Duration outboxLease(ConfigNode o) {
        o.allowOnly("lease");
        Duration lease = o.optionalDuration("lease").orElse(ClaimLease.DEFAULT_LENGTH);
        try {
            return new ClaimLease("check", lease).length();
        } catch (IllegalArgumentException e) {
            o.problem("lease", e.getMessage());
            return ClaimLease.DEFAULT_LENGTH;
        }
    }

    /** The {@code channels:} entries: each node, its plain values, and those as settings (the log channel if none). */
    private record ChannelEntries(List<ConfigNode> nodes, List<Map<String, Object>> plain, List<ChannelSettings> settings) {

        static ChannelEntries read(ConfigNode a) {
            List<ConfigNode> nodes = a.list("channels");
            List<Map<String, Object>> plain = new ArrayList<>();
            List<ChannelSettings> settings = new ArrayList<>();
            for (ConfigNode c : nodes) {
                Map<String, Object> entry = c.plain();
                plain.add(entry);
                settings.add(ChannelSettings.of(entry));
            }
            if (settings.isEmpty()) {
                settings.add(ChannelSettings.of(Map.of("name", "log", "type", "log")));
            }
            return new ChannelEntries(nodes, plain, settings);
        }

        List<String> names() {
            return settings.stream().map(ChannelSettings::name).toList();
        }
    }

    /** The entries read into typed configs: no notifier and no HTTP client is made until the service starts. */
    private static List<ConfiguredChannel<?>> channels(ConfigNode a, ChannelEntries entries, String dashboardUrl) {
        try {
            return new ChannelFactory().parseAll(entries.settings(), dashboardUrl);
        } catch (ChannelConfigException e) {
            e.problems().forEach(problem -> reportChannelProblem(a, entries, problem));
            return List.of();
        }
    }

    /**
     * A channel's problem at the path of the field it is about ({@code alerts.channels[0].webhookUrl}), so that a
     * field empty only because its environment variable is unset is reported once, by the variable's name.
     */
    private static void reportChannelProblem(ConfigNode a, ChannelEntries entries, String problem) {
        for (int i = 0; i < entries.nodes().size(); i++) {
            Map<String, Object> entry = entries.plain().get(i);
            if (problem.startsWith("channel '" + entry.get("name") + "'")) {
                for (String key : entry.keySet()) {
                    if (problem.contains("): " + key + " ")) {
                        entries.nodes().get(i).problem(key, problem);
                        return;
                    }
                }
                entries.nodes().get(i).problem(problem);
                return;
            }
        }
        a.problem("channels", problem);
    }

    private static Route route(ConfigNode r, boolean root, String fallback) {
        r.allowOnly("match", "receivers", "groupBy", "groupWait", "groupInterval", "repeatInterval", "escalation",
                "continue", "routes");
        Route.Builder b = Route.builder();
        for (String m : r.stringList("match")) {
            try {
                b.match(m);
            } catch (IllegalArgumentException e) {
                r.problem("match", e.getMessage());
            }
        }
        List<String> receivers = r.stringList("receivers");
        if (root && receivers.isEmpty()) {
            receivers = List.of(fallback);
        }
        if (!receivers.isEmpty()) {
            try {
                b.receivers(receivers);
            } catch (IllegalArgumentException e) {
                r.problem("receivers", e.getMessage());
            }
        }
        if (r.has("groupBy") || r.has("groupWait") || r.has("groupInterval") || r.has("repeatInterval")) {
            GroupingPolicy.Builder g = GroupingPolicy.builder();
            if (r.has("groupBy")) {
                r.set("groupBy", k -> Optional.of(r.stringList(k)), g::groupBy);
            }
            r.set("groupWait", r::optionalDuration, g::groupWait);
            r.set("groupInterval", r::optionalDuration, g::groupInterval);
            r.set("repeatInterval", r::optionalDuration, g::repeatInterval);
            try {
                b.grouping(g.build());
            } catch (IllegalArgumentException e) {
                r.problem(e.getMessage());
            }
        }
        r.set("escalation", r::optionalString, b::escalation);
        r.set("continue", r::optionalBool, b::continueMatching);
        for (ConfigNode child : r.list("routes")) {
            b.child(route(child, false, fallback));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            r.problem(e.getMessage());
            return Route.builder().receivers(fallback).build();
        }
    }

    private static Optional<EscalationPolicy> escalation(ConfigNode e) {
        e.allowOnly("name", "levels");
        String name = e.requiredString("name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        EscalationPolicy.Builder p = EscalationPolicy.builder(name);
        for (ConfigNode l : e.list("levels")) {
            l.allowOnly("after", "channels", "fallbacks", "executive");
            EscalationLevel.Builder level = EscalationLevel.builder();
            l.set("after", l::optionalDuration, level::delay);
            level.channels(l.stringList("channels"));
            level.fallbacks(l.stringList("fallbacks"));
            l.set("executive", l::optionalBool, level::executive);
            try {
                p.level(level.build());
            } catch (IllegalArgumentException ex) {
                l.problem(ex.getMessage());
            }
        }
        try {
            return Optional.of(p.build());
        } catch (IllegalArgumentException ex) {
            e.problem(ex.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<InhibitRule> inhibit(ConfigNode r) {
        r.allowOnly("source", "target", "equal");
        try {
            return Optional.of(InhibitRule.builder()
                    .source(matchers(r.stringList("source")))
                    .target(matchers(r.stringList("target")))
                    .equal(r.stringList("equal").toArray(String[]::new))
                    .build());
        } catch (IllegalArgumentException e) {
            r.problem(e.getMessage());
            return Optional.empty();
        }
    }

    private static LabelMatcher[] matchers(List<String> texts) {
        return texts.stream().map(LabelMatcher::parse).toArray(LabelMatcher[]::new);
    }

    /** Each channel gets its vendor's limit (contracts/README.md), SMS numbers their own; config overrides. */
    private static RateLimitPolicy rateLimits(ConfigNode a, List<ConfiguredChannel<?>> channels) {
        RateLimitPolicy.Builder p = RateLimitPolicy.builder();
        for (ConfiguredChannel<?> c : channels) {
            VendorLimits.forType(c.typeName()).ifPresent(limit -> p.channel(c.name(), limit));
            if (c.config() instanceof TwilioConfig sms) {
                for (Secret to : sms.to()) {
                    p.recipient(c.name(), to.reveal(), VendorLimits.SMS_RECIPIENT);
                }
            }
        }
        for (ConfigNode r : a.list("rateLimits")) {
            r.allowOnly("channel", "permits", "per", "burst");
            String channel = r.requiredString("channel");
            int permits = r.intIn("permits", 1, 1_000_000, 1);
            Duration per = r.duration("per", Duration.ofMillis(1), MAX, Duration.ofSeconds(1));
            int burst = r.intIn("burst", 1, 1_000_000, permits);
            try {
                p.channel(channel, new RateLimit(permits, per, burst));
            } catch (IllegalArgumentException e) {
                r.problem(e.getMessage());
            }
        }
        try {
            return p.build();
        } catch (IllegalArgumentException e) {
            a.problem("rateLimits", e.getMessage());
            return RateLimitPolicy.none();
        }
    }

    private static void limits(ConfigNode l, AlertingConfig.Builder b) {
        l.allowOnly("maxAlerts", "maxGroups", "resolvedRetention", "keepFiringFor", "maxSilences", "silenceRetention");
        l.set("maxAlerts", l::optionalInt, b::maxAlerts);
        l.set("maxGroups", l::optionalInt, b::maxGroups);
        l.set("resolvedRetention", l::optionalDuration, b::resolvedRetention);
        l.set("keepFiringFor", l::optionalDuration, b::keepFiringFor);
        l.set("maxSilences", l::optionalInt, b::maxSilences);
        l.set("silenceRetention", l::optionalDuration, b::silenceRetention);
    }
}
