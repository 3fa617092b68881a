package com.wedsync.guardian.notify;

import java.time.Clock;
import java.util.Objects;

/**
 * What every channel may need besides its own settings.
 *
 * @param clock        time for timestamps and Retry-After dates
 * @param history      recent pool snapshots, for email attachments
 * @param dashboardUrl the guardian's dashboard, linked from messages; empty for none
 */
public record ChannelEnvironment(Clock clock, MetricsHistory history, String dashboardUrl) {

    public ChannelEnvironment {
        Objects.requireNonNull(clock, "clock");
        history = history == null ? MetricsHistory.NONE : history;
        dashboardUrl = dashboardUrl == null ? "" : dashboardUrl;
    }

    public static ChannelEnvironment of(Clock clock) {
        return new ChannelEnvironment(clock, MetricsHistory.NONE, "");
    }
}
