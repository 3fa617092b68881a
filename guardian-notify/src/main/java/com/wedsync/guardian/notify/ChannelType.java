package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;

import java.util.Optional;

/**
 * One kind of channel: reads a config entry into its typed config {@code C} at load time, and makes the
 * {@link Notifier} from that config once, at start. Registered in {@link ChannelFactory}.
 */
public interface ChannelType<C> {

    /** The {@code type} value in config: slack, pagerduty, twilio, resend, webhook, alertmanager, log. */
    String type();

    /**
     * Reads and checks {@code settings}, recording every problem on it with its key; empty when it recorded
     * any. Builds no notifier and no HTTP client, so {@code guardian config check} can call it freely.
     *
     * @param dashboardUrl the {@code alerts.dashboardUrl} a channel's own {@code dashboardUrl} defaults to
     */
    Optional<C> parse(ChannelSettings settings, String dashboardUrl);

    /** The channel's notifier for a config {@link #parse} accepted. */
    Notifier create(String name, C config, ChannelEnvironment environment);
}
