package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

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

    /** "[CRITICAL] orders-db: saturation". */
    public String title() {
        String pool = alert.pool().isEmpty() ? "pool" : alert.pool();
        String condition = alert.condition().isEmpty() ? "alert" : alert.condition();
        return "[" + state() + "] " + pool + ": " + condition;
    }

    public String summary() {
        if (notification.action() == NotificationAction.RESOLVE && alert.summary().isEmpty()) {
            return "The condition has cleared.";
        }
        return alert.summary();
    }

    /** "92%" from the {@code utilisation} value (a fraction of max, or already a percentage). */
    public Optional<String> utilisation() {
        return value("utilisation").map(u -> Math.round(u <= 1.0 ? u * 100 : u) + "%");
    }

    /** "38/40" from {@code used} and {@code max}. */
    public Optional<String> usedOfMax() {
        Optional<Double> used = value("used");
        Optional<Double> max = value("max");
        return used.isPresent() && max.isPresent()
                ? Optional.of(Math.round(used.get()) + "/" + Math.round(max.get())) : Optional.empty();
    }

    public Optional<String> waitP99() {
        return value("wait_p99_ms").map(ms -> Math.round(ms) + " ms");
    }

    public Optional<String> pending() {
        return value("pending").map(p -> Long.toString(Math.round(p)));
    }

    /** Utilisation with used/max when known: "92% (46/50)". */
    public String load() {
        String u = utilisation().orElse("n/a");
        return usedOfMax().map(x -> u + " (" + x + ")").orElse(u);
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

    private Optional<Double> value(String name) {
        Double v = alert.values().get(name);
        return v == null || v.isNaN() ? Optional.empty() : Optional.of(v);
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
