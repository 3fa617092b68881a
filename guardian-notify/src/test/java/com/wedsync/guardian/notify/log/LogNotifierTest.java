package com.wedsync.guardian.notify.log;

import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.LogCapture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log channel has no HTTP, so it does not extend NotifierContractTest; it always delivers. */
class LogNotifierTest {

    @Test
    void writesOneLineWithTheFiguresAndAlwaysDelivers() {
        try (LogCapture logs = new LogCapture()) {
            var r = new LogNotifier("console").deliver(Alerts.trigger(Alerts.weddingSaturation()));

            assertThat(r.delivered()).isTrue();
            assertThat(logs.lines()).filteredOn(l -> l.startsWith(LogNotifier.LOGGER)).singleElement().asString()
                    .contains("[CRITICAL] orders: saturation", "98% (46/47)", "850 ms", "criticality 5 (EMERGENCY)",
                            "guests at risk 348", "dedup-fp-orders-saturation");
        }
    }
}
