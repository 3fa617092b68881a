package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4: a saturation raises an alert; when it clears, the all-clear goes to every channel the trigger went to. */
class AlertLifecycleTest {

    @Test
    void aSaturationFiresAndItsAllClearFollowsTheTrigger() throws Exception {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:alert-lifecycle;DB_CLOSE_DELAY=-1");
        c.setPoolName("orders");
        c.setMaximumPoolSize(3);
        c.setMinimumIdle(1);
        var alerts = new ConfigLoader(Map.<String, String>of()::get).parse("""
                alerts:
                  channels: [{name: ops-log, type: log}, {name: exec-log, type: log}]
                  routes:
                    receivers: [ops-log]
                    groupWait: 1s
                    groupInterval: 1s
                    repeatInterval: 1h
                    routes:
                      - {match: ['severity=~"warning|critical"'], receivers: [ops-log, exec-log]}
                  limits: {keepFiringFor: 1s}
                """, "test.yaml").alerts();
        InMemoryOutbox outbox = new InMemoryOutbox();
        List<Connection> held = new ArrayList<>();
        try (HikariDataSource ds = new HikariDataSource(c);
             Guardian guardian = Guardian.builder()
                     .tick(Duration.ofMillis(100))
                     .health(HealthThresholds.builder().window(Duration.ofSeconds(2)).build())
                     .pool("orders", ds)
                     .alerts(alerts, outbox)
                     .start()) {
            for (int i = 0; i < 3; i++) {
                held.add(ds.getConnection());
            }
            Eventually.await(Duration.ofSeconds(20), "a saturation trigger in the outbox", () -> outbox.notifications()
                    .stream().anyMatch(n -> n.action() == NotificationAction.TRIGGER));

            for (Connection h : held) {
                h.close();
            }
            held.clear();
            Eventually.await(Duration.ofSeconds(30), "the all-clear", () -> outbox.notifications().stream()
                    .anyMatch(n -> n.action() == NotificationAction.RESOLVE));

            List<String> triggered = outbox.notifications().stream().filter(n -> n.action() == NotificationAction.TRIGGER)
                    .map(n -> n.channel()).distinct().toList();
            List<String> cleared = outbox.notifications().stream().filter(n -> n.action() == NotificationAction.RESOLVE)
                    .map(n -> n.channel()).distinct().toList();
            assertThat(cleared).containsExactlyInAnyOrderElementsOf(triggered);
            assertThat(guardian.alerting().get().desk().alerts()).extracting(AlertView::state)
                    .containsOnly(AlertView.RESOLVED);
        } finally {
            for (Connection h : held) {
                h.close();
            }
        }
    }
}
