package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.group.GroupSummary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The figures every channel shows, formatted once so Slack, SMS and email say the same thing. */
public final class AlertFacts {

    private final Notification notification;
    private final Alert alert;

    public AlertFacts(Notification notification) {
        this.notification = notification;
        this.alert = notification.alert();
    }

    public Notification notification() {
        return notification;
    }

    public Alert alert() {
        return alert;
    }

    /** "CRITICAL", "RESOLVED" or "ACKNOWLEDGED". */
    public String state() {
        return switch (notification.action()) {
            case TRIGGER -> alert.severity().name();
            case ACKNOWLEDGE -> "ACKNOWLEDGED";
            case RESOLVE -> "RESOLVED";
        };
    }

    /** "[CRITICAL] orders-db: saturation"; a group without one condition "[CRITICAL] orders-db". */
    public String title() {
        String pool = alert.pool();
        String condition = alert.condition();
        String subject = pool.isEmpty() ? (condition.isEmpty() ? "alert" : condition)
                : condition.isEmpty() ? pool : pool + ": " + condition;
        return "[" + state() + "] " + subject;
    }

    /** The title and the summary as one line: "[CRITICAL] orders - 2 alerts: saturation and timeouts on orders". */
    public String headline() {
        return title() + (summary().isEmpty() ? "" : " - " + summary());
    }

    public String summary() {
        if (notification.action() == NotificationAction.RESOLVE && alert.summary().isEmpty()) {
            return "The condition has cleared.";
        }
        return alert.summary();
    }

    /**
     * The figures to show, in order: for an all-clear, how long it lasted first, then the figures at resolution;
     * otherwise the figures it was raised with. Only those the alert carries.
     */
    public List<FigureText.Line> figures() {
        List<FigureText.Line> figures = FigureText.of(alert.values());
        if (notification.action() != NotificationAction.RESOLVE || alert.endsAt() == null) {
            return figures;
        }
        String lasted = FigureText.duration(Duration.between(alert.startsAt(), alert.endsAt()));
        List<FigureText.Line> out = new ArrayList<>(figures.size() + 1);
        out.add(new FigureText.Line("lasted", "Lasted", lasted, "lasted " + lasted));
        out.addAll(figures);
        return out;
    }

    /** "ops-log", "ops-log and exec-log": every channel this send went to. */
    public String sentTo() {
        return GroupSummary.inEnglish(notification.sentTo(), notification.sentTo().size(), "");
    }

    public int criticality() {
        return alert.context().criticality();
    }

    /** "criticality 5 (EMERGENCY)". */
    public String criticalityText() {
        return "criticality " + criticality() + " (" + alert.context().level() + ")";
    }

    public String venues(int max) {
        var venues = alert.context().venues();
        if (venues.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", venues.subList(0, Math.min(max, venues.size())));
        return venues.size() > max ? shown + " and " + (venues.size() - max) + " more" : shown;
    }

    /** Cuts {@code s} to at most {@code max} characters, marking the cut. */
    public static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** A vendor key of at most {@code max} characters: the key itself, or its SHA-256 when longer (stable either way). */
    public static String boundedKey(String key, int max) {
        if (key.length() <= max) {
            return key;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, Math.min(64, max));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    public static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
