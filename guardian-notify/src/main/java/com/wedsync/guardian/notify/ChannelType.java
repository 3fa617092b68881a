package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;

/** One kind of channel: builds a {@link Notifier} from a config entry. Registered in {@link ChannelFactory}. */
public interface ChannelType {

    /** The {@code type} value in config: slack, pagerduty, twilio, resend, webhook, alertmanager, log. */
    String type();

    /**
     * Reads {@code settings} and builds the channel. Problems are recorded on {@code settings}
     * (all of them, not just the first); returns null when it recorded any.
     */
    Notifier create(ChannelSettings settings, ChannelEnvironment environment);
}
