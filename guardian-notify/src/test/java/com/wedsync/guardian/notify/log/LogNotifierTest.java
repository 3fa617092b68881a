package com.wedsync.guardian.notify.log;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.LogCapture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The log channel has no HTTP, so it does not extend NotifierContractTest; it always delivers. */
class LogNotifierTest {

    private static final Set<String> LOG_CHANNELS = Set.of("ops-log", "exec-log");

    @Test
    void writesOneLineWithTheFiguresAndAlwaysDelivers() {
        try (LogCapture logs = new LogCapture()) {
            var r = new LogNotifier("console", Set.of("console")).deliver(Alerts.trigger(Alerts.weddingSaturation()));

            assertThat(r.delivered()).isTrue();
            assertThat(alertLines(logs)).singleElement().asString()
                    .contains("[CRITICAL] orders: saturation - orders pool at 98%", "load 98% (46/47)",
                            "12 threads waiting", "wait p99 850 ms", "3 timeouts in 30 s",
                            "rising: 9 more connections wanted than 30 s ago", "criticality 5 (EMERGENCY)",
                            "guests at risk 348", "to channel", "dedup-fp-orders-saturation")
                    .doesNotContain("n/a");
        }
    }

    @Test
    void anAlertWithoutFiguresLeavesThemOutInsteadOfSayingNA() {
        try (LogCapture logs = new LogCapture()) {
            new LogNotifier("console", Set.of("console")).deliver(Alerts.trigger(Alerts.quietWarning()));

            assertThat(alertLines(logs)).singleElement().asString().doesNotContain("n/a", "load", "wait p99")
                    .startsWith(LogNotifier.LOGGER + " [WARNING] reports: wait_p99 | criticality 1");
        }
    }

    /** Issue 17, item 7: one all-clear sent to two log channels is one line that names both. */
    @Test
    void anAllClearToTwoLogChannelsIsWrittenOnceNamingBothWithHowLongItLasted() {
        Notification resolve = Alerts.resolve(Alerts.weddingSaturation());
        List<String> sentTo = List.of("ops-log", "ops-slack", "exec-log");
        try (LogCapture logs = new LogCapture()) {
            var first = new LogNotifier("ops-log", LOG_CHANNELS).deliver(to("ops-log", resolve, sentTo));
            var second = new LogNotifier("exec-log", LOG_CHANNELS).deliver(to("exec-log", resolve, sentTo));

            assertThat(first.delivered()).isTrue();
            assertThat(second.delivered()).isTrue();
            assertThat(alertLines(logs)).singleElement().asString()
                    .contains("[RESOLVED] orders: saturation", "lasted 1 min 30 s", "load 98% (46/47)",
                            "to ops-log, ops-slack and exec-log");
        }
    }

    private static Notification to(String channel, Notification n, List<String> sentTo) {
        return new Notification(n.id() + "-" + channel, n.dedupKey(), channel, n.action(), n.alert(), List.of(), sentTo);
    }

    private static List<String> alertLines(LogCapture logs) {
        return logs.lines().stream().filter(l -> l.startsWith(LogNotifier.LOGGER)).toList();
    }
}
