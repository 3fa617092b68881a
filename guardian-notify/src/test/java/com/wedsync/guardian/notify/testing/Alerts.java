package com.wedsync.guardian.notify.testing;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Alerts and notifications as the pipeline makes them, from a quiet Tuesday to a Saturday ceremony. */
public final class Alerts {

    public static final Instant T0 = Instant.parse("2026-06-13T15:00:00Z");

    private Alerts() {
    }

    /** Saturation during three weddings: criticality 5. */
    public static Alert weddingSaturation() {
        return new Alert("fp-orders-saturation",
                Map.of("pool", "orders", "condition", "saturation", "severity", "critical", "instance", "app-1"),
                "orders pool at 98% with 12 threads waiting",
                "46 of 47 connections in use for 90 s; wait p99 850 ms; 3 weddings in progress.",
                Map.of(AlertFigure.UTILISATION.key(), 0.98, AlertFigure.WAIT_P99_MS.key(), 850.0, AlertFigure.USED.key(), 46.0,
                        AlertFigure.MAX.key(), 47.0, AlertFigure.PENDING.key(), 12.0, AlertFigure.TIMEOUTS.key(), 3.0,
                        AlertFigure.DEMAND_CHANGE.key(), 9.0, AlertFigure.WINDOW_S.key(), 30.0),
                new Alert.AlertContext(5, "EMERGENCY", 3, 348, 42,
                        List.of("Babington House", "Kew Gardens", "Château de Varennes")),
                T0.minusSeconds(90), null);
    }

    /** A warning on a quiet day, with no figures at all. */
    public static Alert quietWarning() {
        return new Alert("fp-reports-wait", Map.of("pool", "reports", "condition", "wait_p99", "severity", "warning"),
                "", "", Map.of(), Alert.AlertContext.NONE, T0.minusSeconds(30), null);
    }

    /** Values that must be escaped everywhere and text far beyond every limit. */
    public static Alert hostile() {
        String longText = "<script>alert('x')</script> & \"quotes\" " + "x".repeat(5000);
        List<String> venues = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            venues.add("Venue <" + i + "> & Hall");
        }
        return new Alert("fp-hostile", Map.of("pool", "<b>orders</b>&co " + "p".repeat(300),
                "condition", "saturation", "severity", "critical", "instance", "app 1/2", "team-name", "ops & dba"),
                longText, longText, Map.of(AlertFigure.UTILISATION.key(), 1.0, AlertFigure.WAIT_P99_MS.key(), 30000.0,
                        AlertFigure.USED.key(), 50.0, AlertFigure.MAX.key(), 50.0),
                new Alert.AlertContext(4, "HIGH", 12, 1400, 160, venues), T0.minusSeconds(600), null);
    }

    public static Notification trigger(Alert a) {
        return new Notification("n-" + a.fingerprint() + "-trigger", "dedup-" + a.fingerprint(), "channel",
                NotificationAction.TRIGGER, a, List.of());
    }

    public static Notification acknowledge(Alert a) {
        return new Notification("n-" + a.fingerprint() + "-ack", "dedup-" + a.fingerprint(), "channel",
                NotificationAction.ACKNOWLEDGE, a, List.of());
    }

    public static Notification resolve(Alert a) {
        Alert resolved = new Alert(a.fingerprint(), a.labels(), a.summary(), a.description(), a.values(), a.context(),
                a.startsAt(), T0);
        return new Notification("n-" + a.fingerprint() + "-resolve", "dedup-" + a.fingerprint(), "channel",
                NotificationAction.RESOLVE, resolved, List.of());
    }

    /** Every shape the Prism tests send. */
    public static List<Notification> everyShape() {
        return List.of(trigger(weddingSaturation()), trigger(quietWarning()), trigger(hostile()),
                acknowledge(weddingSaturation()), resolve(weddingSaturation()), resolve(quietWarning()));
    }
}
