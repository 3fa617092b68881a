package com.wedsync.guardian.app.api;

import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.alert.silence.Silence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One alert as {@code GET /api/alerts} shows it. {@code state} is firing or resolved; {@code escalationLevel} -1
 * before anything was sent, 0 the route's receivers, 1.. escalation levels reached; {@code values} its figures.
 */
public record AlertDoc(String id, Map<String, String> labels, String summary, String description, String state,
                       String severity, int criticality, Instant startsAt, Optional<Instant> endsAt,
                       boolean acknowledged, Optional<String> acknowledgedBy, Optional<Instant> acknowledgedAt,
                       int escalationLevel, boolean inhibited, List<String> silencedBy, Map<String, Double> values) {

    public static AlertDoc of(AlertView a) {
        return new AlertDoc(a.id(), a.labels(), a.summary(), a.description(), a.state(), a.severity().name(),
                a.criticality(), a.startsAt(), Optional.ofNullable(a.endsAt()), a.acknowledged(),
                Optional.ofNullable(a.acknowledgedBy()), Optional.ofNullable(a.acknowledgedAt()), a.escalationLevel(),
                a.inhibited(), a.silencedBy(), a.values());
    }

    public static List<AlertDoc> all(List<AlertView> alerts) {
        return alerts.stream().map(AlertDoc::of).toList();
    }

    /** The answer to {@code POST /api/alerts/{id}/ack}: every alert the id or dedup key named. */
    public record Acknowledged(List<AlertDoc> acknowledged) {
    }

    /** The answer 202 of an acknowledgement kept in the fleet's store for the instance that holds the duty, now or later. */
    public record Forwarded(String forwarded, String by, String to) {
    }

    /** A silence; its matchers in their written form, {@code state} pending, active or expired. */
    public record SilenceDoc(String id, List<String> matchers, String author, String comment, Instant startsAt,
                             Instant endsAt, String state) {

        public static SilenceDoc of(Silence s, Instant now) {
            return new SilenceDoc(s.id(), s.matchers().stream().map(LabelMatcher::toString).toList(), s.author(),
                    s.comment(), s.startsAt(), s.endsAt(), s.state(now).name().toLowerCase(Locale.ROOT));
        }
    }
}
