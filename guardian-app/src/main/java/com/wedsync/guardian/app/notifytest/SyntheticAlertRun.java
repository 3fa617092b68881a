package com.wedsync.guardian.app.notifytest;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.app.config.AlertsSettings;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelFactory;
import com.wedsync.guardian.notify.dispatch.DispatchOutcome;
import com.wedsync.guardian.notify.dispatch.OutboxDispatcher;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.wedding.Criticality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends one synthetic alert the way a real one goes: the route tree picks the channels (with their failover
 * order), each notification is written to an outbox, and the dispatcher delivers it with retries and the
 * circuit breaker. Channels no route leads to are reported as skipped.
 */
public final class SyntheticAlertRun {

    private final AlertsSettings settings;
    private final Clock clock;
    private final Duration deadline;

    public SyntheticAlertRun(AlertsSettings settings, Clock clock, Duration deadline) {
        this.settings = settings;
        this.clock = clock;
        this.deadline = deadline;
    }

    /** @param only a channel name to test alone, or null for every channel the route tree reaches */
    public List<ChannelReport> send(String only, String severity, int criticality) {
        Instant now = clock.instant();
        Alert alert = alert(severity, criticality, now);
        Set<String> routed = new LinkedHashSet<>();
        Map<String, List<String>> fallbacks = new LinkedHashMap<>();
        for (RouteMatch m : settings.pipeline().routes().match(alert.labels())) {
            List<String> r = m.receivers();
            for (int i = 0; i < r.size(); i++) {
                routed.add(r.get(i));
                fallbacks.putIfAbsent(r.get(i), List.copyOf(r.subList(i + 1, r.size())));
            }
        }
        Set<String> selected = new LinkedHashSet<>();
        if (only != null) {
            selected.add(only);
        } else {
            // The first receiver of each route is what the pipeline sends to; the rest are its failover.
            for (RouteMatch m : settings.pipeline().routes().match(alert.labels())) {
                if (!m.receivers().isEmpty()) {
                    selected.add(m.receivers().get(0));
                }
            }
        }
        var channels = ChannelFactory.createAll(settings.channels(), new ChannelEnvironment(clock, null));
        Outbox outbox = new InMemoryOutbox();
        Map<String, ChannelReport> reports = new LinkedHashMap<>();
        List<DispatchOutcome> outcomes = new ArrayList<>();
        try (OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, channels, ResilienceConfig.DEFAULT, clock, 100,
                outcomes::add)) {
            String run = UUID.randomUUID().toString();
            for (String channel : selected) {
                dispatcher.submit(new Notification("notify-test-" + run + "-" + channel, "guardian-notify-test-" + run,
                        channel, NotificationAction.TRIGGER, alert, only != null ? List.of() : fallbacks.get(channel)));
            }
            drain(dispatcher, outcomes, selected.size());
        }
        Map<String, DispatchOutcome> last = new LinkedHashMap<>();
        for (DispatchOutcome o : outcomes) {
            last.put(o.channel(), o);
        }
        for (DispatchOutcome o : last.values()) {
            String status = o.status() == DispatchOutcome.Status.DELIVERED ? ChannelReport.DELIVERED : ChannelReport.FAILED;
            String detail = o.status() == DispatchOutcome.Status.RETRY ? "still retrying at the deadline: " + o.result().detail()
                    : o.result().detail() + (o.failoverTo() == null ? "" : "; handed to " + o.failoverTo());
            reports.put(o.channel(), new ChannelReport(o.channel(), status, o.attempts(), detail));
        }
        for (String channel : channels.keySet()) {
            if (!reports.containsKey(channel) && (only == null || only.equals(channel))) {
                reports.put(channel, new ChannelReport(channel, ChannelReport.SKIPPED, 0, routed.contains(channel)
                        ? "failover only: used when " + String.join(", ", selected) + " fails"
                        : "no route leads here for " + alert.labels()));
            }
        }
        return List.copyOf(reports.values());
    }

    /** Drains until every notification is delivered or failed for good, waiting out retry delays, up to the deadline. */
    private void drain(OutboxDispatcher dispatcher, List<DispatchOutcome> outcomes, int expected) {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            dispatcher.drainAll(10);
            long finished = outcomes.stream().filter(o -> o.status() != DispatchOutcome.Status.RETRY).count();
            if (finished >= expected) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private Alert alert(String severity, int criticality, Instant now) {
        Criticality level = Criticality.ofScore(criticality);
        Map<String, String> labels = Map.of(Alert.POOL, "notify-test", Alert.CONDITION, "test",
                Alert.INSTANCE, settings.pipeline().instance(), Alert.SEVERITY, severity);
        return new Alert("notify-test", labels, "Guardian test alert: " + severity + " at criticality " + criticality,
                "A synthetic alert sent by `guardian notify test` to check this channel end to end. Nothing is wrong.",
                Map.of(AlertFigure.UTILISATION.key(), 0.95, AlertFigure.USED.key(), 19.0, AlertFigure.MAX.key(), 20.0,
                        AlertFigure.PENDING.key(), 7.0, AlertFigure.WAIT_P99_MS.key(), 812.0, AlertFigure.TIMEOUTS.key(), 3.0,
                        AlertFigure.DEMAND_CHANGE.key(), 6.0, AlertFigure.WINDOW_S.key(), 30.0),
                new Alert.AlertContext(criticality, level.name(), criticality >= 4 ? 2 : 0, criticality >= 3 ? 268 : 0,
                        criticality >= 3 ? 30 : 0, criticality >= 3 ? List.of("Kew Gardens, London") : List.of()),
                now, null);
    }
}
