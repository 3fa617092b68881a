package com.wedsync.guardian.notify.resend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.Json;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The email: HTML from the template with every value escaped, the same facts as text, and the CSV attachment. */
final class EmailMessage {

    private static final String TEMPLATE = load();

    private EmailMessage() {
    }

    static ObjectNode render(AlertFacts f, ResendConfig config, List<PoolSnapshot> lastHour) {
        ObjectNode m = Json.object();
        m.put("from", config.from());
        config.to().forEach(m.putArray("to")::add);
        m.put("subject", AlertFacts.clip(f.title() + (f.summary().isEmpty() ? "" : " - " + f.summary()), 200));
        m.put("html", html(f, config.dashboardUrl()));
        m.put("text", text(f, config.dashboardUrl()));
        String pool = f.alert().pool().isEmpty() ? "pool" : f.alert().pool();
        ObjectNode csv = m.putArray("attachments").addObject();
        csv.put("filename", safeFileName(pool) + "-last-hour.csv");
        csv.put("content", Base64.getEncoder().encodeToString(PoolCsv.render(lastHour).getBytes(StandardCharsets.UTF_8)));
        csv.put("content_type", "text/csv");
        return m;
    }

    static Map<String, String> facts(AlertFacts f) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Pool", f.alert().pool());
        rows.put("Condition", f.alert().condition());
        f.figures().forEach(line -> rows.put(line.label(), line.value()));
        rows.put("Weddings in progress", Integer.toString(f.alert().context().weddingsInProgress()));
        rows.put("Guests at risk", Integer.toString(f.alert().context().guestsAtRisk()));
        rows.put("Vendors at risk", Integer.toString(f.alert().context().vendorsAtRisk()));
        rows.put("Venues", f.venues(10));
        rows.put("Since", f.alert().startsAt().toString());
        return rows;
    }

    static String html(AlertFacts f, String dashboardUrl) {
        StringBuilder rows = new StringBuilder();
        facts(f).forEach((k, v) -> rows.append("    <tr><th style=\"text-align: left; padding: 4px 12px 4px 0;\">")
                .append(escape(k)).append("</th><td style=\"padding: 4px 0;\">").append(escape(v)).append("</td></tr>\n"));
        String dashboard = dashboardUrl.isEmpty() ? ""
                : "  <p><a href=\"" + escape(dashboardUrl) + "\">Open the dashboard</a></p>";
        String colour = switch (f.notification().action()) {
            case RESOLVE -> "#2e7d32";
            case ACKNOWLEDGE -> "#1565c0";
            case TRIGGER -> f.alert().severity().name().equals("CRITICAL") ? "#c62828" : "#ef6c00";
        };
        // placeholders are replaced in one pass, so a value that itself reads "{{rows}}" is never expanded
        Map<String, String> values = Map.of(
                "title", escape(f.title()),
                "colour", colour,
                "summary", escape(f.summary()),
                "rows", rows.toString().stripTrailing(),
                "description", escape(f.alert().description()),
                "context", escape(capital(f.criticalityText())),
                "dashboard", dashboard);
        StringBuilder out = new StringBuilder(TEMPLATE.length() + 1024);
        int i = 0;
        while (i < TEMPLATE.length()) {
            int open = TEMPLATE.indexOf("{{", i);
            int close = open < 0 ? -1 : TEMPLATE.indexOf("}}", open);
            if (open < 0 || close < 0) {
                out.append(TEMPLATE, i, TEMPLATE.length());
                break;
            }
            out.append(TEMPLATE, i, open);
            out.append(values.getOrDefault(TEMPLATE.substring(open + 2, close), ""));
            i = close + 2;
        }
        return out.toString();
    }

    static String text(AlertFacts f, String dashboardUrl) {
        StringBuilder b = new StringBuilder(f.title()).append("\n\n");
        if (!f.summary().isEmpty()) {
            b.append(f.summary()).append("\n\n");
        }
        facts(f).forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        if (!f.alert().description().isEmpty() && f.notification().action() == NotificationAction.TRIGGER) {
            b.append('\n').append(f.alert().description()).append('\n');
        }
        b.append('\n').append(capital(f.criticalityText())).append('\n');
        if (!dashboardUrl.isEmpty()) {
            b.append("Dashboard: ").append(dashboardUrl).append('\n');
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String safeFileName(String pool) {
        return pool.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String load() {
        try (InputStream in = EmailMessage.class.getResourceAsStream("alert-email.html")) {
            if (in == null) {
                throw new IllegalStateException("alert-email.html missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
