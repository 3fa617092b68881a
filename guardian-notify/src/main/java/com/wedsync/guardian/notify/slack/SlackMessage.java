package com.wedsync.guardian.notify.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.Json;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The Block Kit message: header, summary, the pool, condition, figures and wedding counts as fields (ten to a
 * section, Block Kit's limit), a context line and a dashboard button.
 * Limits from Block Kit (contracts/slack-incoming-webhook.openapi.yaml): header text 150, section text 3000,
 * field text 2000, 10 fields, 50 blocks; Slack truncates near 12,000 characters in all, so each piece is
 * clipped far below that.
 */
final class SlackMessage {

    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final int FIELD_MAX = 2000;
    static final int TEXT_MAX = 1000;
    static final int FIELDS_MAX = 10;

    private SlackMessage() {
    }

    static ObjectNode render(AlertFacts f, String dashboardUrl) {
        ObjectNode msg = Json.object();
        msg.put("text", AlertFacts.clip(f.headline(), TEXT_MAX).strip());
        ArrayNode blocks = msg.putArray("blocks");

        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", AlertFacts.clip(f.title(), HEADER_MAX));

        String body = f.summary().isEmpty() ? f.alert().description() : f.summary();
        if (!body.isBlank()) {
            blocks.addObject().put("type", "section").set("text", mrkdwn(AlertFacts.clip(body, SECTION_MAX)));
        }

        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Pool", orDash(f.alert().pool())});
        fields.add(new String[] {"Condition", orDash(f.alert().condition())});
        f.figures().forEach(line -> fields.add(new String[] {line.label(), line.value()}));
        fields.add(new String[] {"Weddings in progress", Integer.toString(f.alert().context().weddingsInProgress())});
        fields.add(new String[] {"Guests at risk", Integer.toString(f.alert().context().guestsAtRisk())});
        fields.add(new String[] {"Vendors at risk", Integer.toString(f.alert().context().vendorsAtRisk())});
        for (int i = 0; i < fields.size(); i += FIELDS_MAX) {
            ArrayNode section = blocks.addObject().put("type", "section").putArray("fields");
            fields.subList(i, Math.min(fields.size(), i + FIELDS_MAX)).forEach(x -> field(section, x[0], x[1]));
        }

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
