package com.wedsync.guardian.notify.pagerduty;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.Json;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Events v2 event. The payload goes only with a trigger; acknowledge and resolve carry just the dedup_key
 * (contracts/README.md). Limits: dedup_key 255 characters, summary 1024.
 */
final class PagerDutyEvent {

    static final int DEDUP_KEY_MAX = 255;
    static final int SUMMARY_MAX = 1024;

    private PagerDutyEvent() {
    }

    static String dedupKey(AlertFacts f) {
        return AlertFacts.boundedKey(f.notification().dedupKey(), DEDUP_KEY_MAX);
    }

    static ObjectNode render(AlertFacts f, PagerDutyConfig config) {
        ObjectNode e = Json.object();
        e.put("routing_key", config.routingKey().reveal());
        e.put("event_action", AlertFacts.lower(f.notification().action()));
        e.put("dedup_key", dedupKey(f));
        if (f.notification().action() != NotificationAction.TRIGGER) {
            return e;
        }
        e.put("client", "WedSync Pool Guardian");
        if (!config.dashboardUrl().isEmpty()) {
            e.put("client_url", config.dashboardUrl());
        }
        String summary = f.title() + (f.summary().isEmpty() ? "" : " - " + f.summary());
        ObjectNode p = e.putObject("payload");
        p.put("summary", AlertFacts.clip(summary, SUMMARY_MAX));
        String instance = f.alert().label("instance");
        p.put("source", instance.isEmpty() ? config.source() : instance);
        p.put("severity", severity(f));
        p.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(f.alert().startsAt()));
        if (!f.alert().pool().isEmpty()) {
            p.put("component", f.alert().pool());
        }
        if (!f.alert().condition().isEmpty()) {
            p.put("class", f.alert().condition());
        }
        ObjectNode d = p.putObject("custom_details");
        f.figures().forEach(line -> d.put(line.key(), line.value()));
        d.put("criticality", f.criticality());
        d.put("criticality_level", f.alert().context().level());
        d.put("weddings_in_progress", f.alert().context().weddingsInProgress());
        d.put("guests_at_risk", f.alert().context().guestsAtRisk());
        d.put("vendors_at_risk", f.alert().context().vendorsAtRisk());
        d.put("venues", f.venues(10));
        if (!f.alert().description().isEmpty()) {
            d.put("description", AlertFacts.clip(f.alert().description(), 2000));
        }
        ObjectNode labels = d.putObject("labels");
        for (Map.Entry<String, String> l : new TreeMap<>(f.alert().labels()).entrySet()) {
            labels.put(l.getKey(), l.getValue());
        }
        return e;
    }

    /**
     * critical stays critical; a warning during a wedding at criticality 4 or 5 pages as an error, so the
     * on-call sees it above routine warnings; info stays info.
     */
    static String severity(AlertFacts f) {
        Severity s = f.alert().severity();
        return switch (s) {
            case CRITICAL -> "critical";
            case WARNING -> f.criticality() >= 4 ? "error" : "warning";
            case INFO -> "info";
        };
    }
}
