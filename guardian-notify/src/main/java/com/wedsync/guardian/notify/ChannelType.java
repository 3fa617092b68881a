package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;

import java.util.Optional;

/**
 * One kind of channel: declares the keys of its entries, reads an entry into its typed config {@code C} at load
 * time, and makes the {@link Notifier} from that config once, at start. Registered in {@link ChannelFactory}.
 */
public interface ChannelType<C> {

    /** The {@code type} value in config: slack, pagerduty, twilio, resend, webhook, alertmanager, log. */
    String type();

    /** The keys an entry of this type has besides {@code name} and {@code type}, each declared once. */
    Section settings();

    /**
     * Reads and checks {@code entry} by {@link #settings()}, recording every problem on it with its key; empty
     * when it recorded any. Builds no notifier and no HTTP client, so {@code guardian config check} can call it.
     *
     * @param dashboardUrl the {@code alerts.dashboardUrl} a channel's own {@code dashboardUrl} defaults to
     */
    Optional<C> parse(ConfigReader entry, String dashboardUrl);

    /** The channel's notifier for a config {@link #parse} accepted. */
    Notifier create(String name, C config, ChannelEnvironment environment);
}
