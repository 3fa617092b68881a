package com.wedsync.guardian.notify.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.Json;

import java.util.TreeMap;

/**
 * Version 1 of the webhook document: ids, action, labels, figures (raw {@code values} by
 * {@link com.wedsync.guardian.alert.AlertFigure} key, and {@code figures} as people read them) and wedding context.
 */
final class WebhookPayload {

    static final int VERSION = 1;

    private WebhookPayload() {
    }

    static ObjectNode render(Notification n) {
        Alert a = n.alert();
        ObjectNode o = Json.object();
        o.put("version", VERSION);
        o.put("id", n.id());
        o.put("dedupKey", n.dedupKey());
        o.put("channel", n.channel());
        o.put("action", AlertFacts.lower(n.action()));
        AlertFacts facts = new AlertFacts(n);
        o.put("title", facts.title());
        ObjectNode alert = o.putObject("alert");
        alert.put("fingerprint", a.fingerprint());
        ObjectNode labels = alert.putObject("labels");
        new TreeMap<>(a.labels()).forEach(labels::put);
        alert.put("summary", a.summary());
        alert.put("description", a.description());
        ObjectNode values = alert.putObject("values");
        new TreeMap<>(a.values()).forEach(values::put);
        ObjectNode figures = alert.putObject("figures");
        facts.figures().forEach(line -> figures.put(line.key(), line.value()));
        alert.put("startsAt", a.startsAt().toString());
        if (a.endsAt() != null) {
            alert.put("endsAt", a.endsAt().toString());
        }
        ObjectNode ctx = alert.putObject("context");
        ctx.put("criticality", a.context().criticality());
        ctx.put("level", a.context().level());
        ctx.put("weddingsInProgress", a.context().weddingsInProgress());
        ctx.put("guestsAtRisk", a.context().guestsAtRisk());
        ctx.put("vendorsAtRisk", a.context().vendorsAtRisk());
        a.context().venues().forEach(ctx.putArray("venues")::add);
        return o;
    }
}
