package com.wedsync.guardian.notify.log;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.notify.AlertFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the alert to the {@code guardian.alerts} logger: WARN for a critical trigger, INFO otherwise. */
public final class LogNotifier implements Notifier {

    /** The logger name operators filter on. */
    public static final String LOGGER = "guardian.alerts";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final String name;

    public LogNotifier(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return LogChannel.TYPE;
    }

    @Override
    public DeliveryResult deliver(Notification n) {
        AlertFacts f = new AlertFacts(n);
        String line = "{} {} | load {} | wait p99 {} | {} | weddings {} | guests at risk {} | dedup {}";
        Object[] args = {f.title(), f.summary(), f.load(), f.waitP99().orElse("n/a"), f.criticalityText(),
                f.alert().context().weddingsInProgress(), f.alert().context().guestsAtRisk(), n.dedupKey()};
        if (n.action() == NotificationAction.TRIGGER && f.alert().severity() == Severity.CRITICAL) {
            LOG.warn(line, args);
        } else {
            LOG.info(line, args);
        }
        return DeliveryResult.delivered(0, "logged");
    }

    @Override
    public String toString() {
        return "LogNotifier[" + name + "]";
    }
}
