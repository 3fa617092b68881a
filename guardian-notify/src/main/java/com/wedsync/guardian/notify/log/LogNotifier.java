package com.wedsync.guardian.notify.log;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.FigureText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Writes the alert to the {@code guardian.alerts} logger: WARN for a critical trigger, INFO otherwise. Every log
 * channel writes to the same logger, so a send to several of them (an all-clear to the route's log and to the
 * escalation's, say) is written once, by the first of them, naming them all.
 */
public final class LogNotifier implements Notifier {

    /** The logger name operators filter on. */
    public static final String LOGGER = "guardian.alerts";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final String name;
    private final Set<String> logChannels;

    /**
     * @param logChannels every log channel of the table, this one included
     */
    public LogNotifier(String name, Set<String> logChannels) {
        this.name = name;
        this.logChannels = Set.copyOf(logChannels);
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
        for (String channel : n.sentTo()) {
            if (logChannels.contains(channel) && !channel.equals(name)) {
                return DeliveryResult.delivered(0, "logged once, by " + channel);
            }
            if (channel.equals(name)) {
                break;
            }
        }
        AlertFacts f = new AlertFacts(n);
        String figures = FigureText.inline(f.figures(), " | ");
        String line = "{}{} | {} | weddings {} | guests at risk {} | to {} | dedup {}";
        Object[] args = {f.headline(), figures.isEmpty() ? "" : " | " + figures, f.criticalityText(),
                f.alert().context().weddingsInProgress(), f.alert().context().guestsAtRisk(), f.sentTo(), n.dedupKey()};
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
