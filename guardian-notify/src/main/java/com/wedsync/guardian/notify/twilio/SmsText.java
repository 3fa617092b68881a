package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.FigureText;

/**
 * The SMS body: a few short lines in plain ASCII (GSM-7 keeps a segment at 160 characters), the most
 * important first, always under Twilio's 1,600-character limit.
 */
final class SmsText {

    /** Twilio rejects a Body over 1,600 characters (contracts/README.md). */
    static final int BODY_MAX = 1600;
    /** A few segments at most: enough for the figures, short enough to read at a glance. */
    static final int TARGET_MAX = 480;

    private SmsText() {
    }

    static String render(AlertFacts f, String dashboardUrl) {
        StringBuilder b = new StringBuilder();
        b.append(f.title()).append('\n');
        switch (f.notification().action()) {
            case RESOLVE -> b.append("All clear.").append(figures(f));
            case ACKNOWLEDGE -> b.append("Acknowledged; escalation stopped.");
            case TRIGGER -> {
                String figures = figures(f).strip();
                if (!figures.isEmpty()) {
                    b.append(figures).append('\n');
                }
                var ctx = f.alert().context();
                if (ctx.weddingsInProgress() > 0) {
                    b.append(ctx.weddingsInProgress()).append(" weddings live, ")
                            .append(ctx.guestsAtRisk()).append(" guests at risk\n");
                }
                b.append("Crit ").append(f.criticality()).append('/').append(5);
            }
        }
        if (!f.summary().isEmpty() && f.notification().action() == NotificationAction.TRIGGER) {
            b.append('\n').append(f.summary());
        }
        String text = AlertFacts.clip(ascii(b.toString()), TARGET_MAX - (dashboardUrl.isEmpty() ? 0 : dashboardUrl.length() + 1));
        if (!dashboardUrl.isEmpty()) {
            text = text + "\n" + dashboardUrl;
        }
        return AlertFacts.clip(text, BODY_MAX);
    }

    /** " Load 95% (38/40), 6 threads waiting, wait p99 850 ms, …" (an all-clear's starts "Lasted …"); or nothing. */
    private static String figures(AlertFacts f) {
        String inline = FigureText.inline(f.figures(), ", ");
        return inline.isEmpty() ? "" : " " + Character.toUpperCase(inline.charAt(0)) + inline.substring(1) + ".";
    }

    /** Replaces characters outside printable ASCII, so the text stays in GSM-7's 160-character segments. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c == '\n' || (c >= 32 && c < 127) ? c : c == '…' ? '.' : '?');
        }
        return b.toString();
    }
}
