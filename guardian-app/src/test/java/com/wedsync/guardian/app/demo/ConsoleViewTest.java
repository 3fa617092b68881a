package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.app.runtime.GuardianView;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10, item 9: what operators typed reaches the demo's console escaped, whatever it holds. */
class ConsoleViewTest {

    private static final Instant AT = Instant.parse("2026-12-05T17:34:00Z");

    @Test
    void whoAcknowledgedAnAlertIsPrintedEscaped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EventFeed feed = new EventFeed(new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
            }

            @Override
            public List<AuditEntry> since(Instant since, int limit) {
                return List.of();
            }
        }, ZoneId.of("Europe/London"));
        ConsoleView view = new ConsoleView(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Clock.fixed(AT, ZoneOffset.UTC), ZoneId.of("Europe/London"), false, feed);
        AlertView alert = new AlertView("a1", Map.of("condition", "saturation\u001b[31m"), "s", "d", AlertView.FIRING,
                Severity.CRITICAL, 5, AT, null, true, "ana\n  resolved  info  all clear\u001b[2J", AT, 0, false, List.of(),
                Map.of());

        view.show(GuardianView.empty(AT), List.of(alert), List.of(), "");

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\u001b", "\n  resolved")
                .contains("saturation\\u001b[31m", "acknowledged by ana\\n  resolved  info  all clear\\u001b[2J");
    }
}
