package com.wedsync.guardian.notify.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.Json;

import java.time.format.DateTimeFormatter;

/**
 * The Block Kit message: header, summary, up to eight fields, a context line and a dashboard button.
 * Limits from Block Kit (contracts/slack-incoming-webhook.openapi.yaml): header text 150, section text 3000,
 * field text 2000, 10 fields, 50 blocks; Slack truncates near 12,000 characters in all, so each piece is
 * clipped far below that.
 */
final class SlackMessage {

    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final int FIELD_MAX = 2000;
    static final int TEXT_MAX = 1000;

    private SlackMessage() {
    }

    static ObjectNode render(AlertFacts f, String dashboardUrl) {
        ObjectNode msg = Json.object();
        msg.put("text", AlertFacts.clip(f.title() + " " + f.summary(), TEXT_MAX).strip());
        ArrayNode blocks = msg.putArray("blocks");

        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", AlertFacts.clip(f.title(), HEADER_MAX));

        String body = f.summary().isEmpty() ? f.alert().description() : f.summary();
        if (!body.isBlank()) {
            blocks.addObject().put("type", "section").set("text", mrkdwn(AlertFacts.clip(body, SECTION_MAX)));
        }

        ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
        field(fields, "Pool", orDash(f.alert().pool()));
        field(fields, "Condition", orDash(f.alert().condition()));
        field(fields, "Utilisation", f.load());
        field(fields, "Wait p99", f.waitP99().orElse("n/a"));
        field(fields, "Weddings in progress", Integer.toString(f.alert().context().weddingsInProgress()));
        field(fields, "Guests at risk", Integer.toString(f.alert().context().guestsAtRisk()));
        field(fields, "Vendors at risk", Integer.toString(f.alert().context().vendorsAtRisk()));
        field(fields, "Waiting threads", f.pending().orElse("n/a"));

        String context = capital(f.criticalityText()) + " | venues: " + f.venues(5)
                + " | since " + DateTimeFormatter.ISO_INSTANT.format(f.alert().startsAt());
        ObjectNode ctx = blocks.addObject().put("type", "context");
        ctx.putArray("elements").add(mrkdwn(AlertFacts.clip(escape(context), SECTION_MAX)));

        if (!dashboardUrl.isEmpty()) {
            ObjectNode button = Json.object().put("type", "button").put("url", dashboardUrl);
            button.putObject("text").put("type", "plain_text").put("text", "Open dashboard");
            blocks.addObject().put("type", "actions").putArray("elements").add(button);
        }
        return msg;
    }

    private static void field(ArrayNode fields, String label, String value) {
        fields.add(mrkdwn(AlertFacts.clip("*" + label + "*\n" + escape(value), FIELD_MAX)));
    }

    private static ObjectNode mrkdwn(String text) {
        return Json.object().put("type", "mrkdwn").put("text", text);
    }

    /** Slack's three control characters in mrkdwn. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
