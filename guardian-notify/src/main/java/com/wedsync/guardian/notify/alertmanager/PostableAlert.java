package com.wedsync.guardian.notify.alertmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.Json;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code postableAlerts} body: one alert with labels (Prometheus label names), annotations, startsAt and,
 * for an all-clear, an endsAt that tells Alertmanager it resolved.
 */
final class PostableAlert {

    private PostableAlert() {
    }

    static ArrayNode render(AlertFacts f, String generatorUrl, Instant now) {
        Alert a = f.alert();
        ArrayNode alerts = Json.array();
        ObjectNode o = alerts.addObject();
        ObjectNode labels = o.putObject("labels");
        labels.put("alertname", a.condition().isEmpty() ? "guardian_alert" : "pool_" + labelName(a.condition()));
        for (Map.Entry<String, String> l : new TreeMap<>(a.labels()).entrySet()) {
            labels.put(labelName(l.getKey()), l.getValue());
        }
        labels.put("criticality", Integer.toString(f.criticality()));
        ObjectNode ann = o.putObject("annotations");
        ann.put("summary", f.summary());
        if (!a.description().isEmpty()) {
            ann.put("description", a.description());
        }
        f.figures().forEach(line -> ann.put(line.key(), line.value()));
        ann.put("weddings_in_progress", Integer.toString(a.context().weddingsInProgress()));
        ann.put("guests_at_risk", Integer.toString(a.context().guestsAtRisk()));
        ann.put("vendors_at_risk", Integer.toString(a.context().vendorsAtRisk()));
        ann.put("venues", f.venues(10));
        o.put("startsAt", a.startsAt().toString());
        if (f.notification().action() == NotificationAction.RESOLVE) {
            o.put("endsAt", (a.endsAt() != null ? a.endsAt() : now).toString());
        }
        if (!generatorUrl.isEmpty()) {
            o.put("generatorURL", generatorUrl);
        }
        return alerts;
    }

    /** Prometheus label names: {@code [a-zA-Z_][a-zA-Z0-9_]*}. */
    static String labelName(String s) {
        String n = s.replaceAll("[^a-zA-Z0-9_]", "_");
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }
}
