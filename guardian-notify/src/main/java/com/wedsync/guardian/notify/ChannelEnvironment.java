package com.wedsync.guardian.notify;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every channel may need besides its own settings.
 *
 * @param clock        time for timestamps and Retry-After dates
 * @param history      recent pool snapshots, for email attachments
 * @param dashboardUrl the guardian's dashboard, linked from messages; empty for none
 * @param channelTypes every channel of the table being built, name to type (channels that write to one shared
 *                     place, the log, write each send once)
 */
public record ChannelEnvironment(Clock clock, MetricsHistory history, String dashboardUrl,
                                 Map<String, String> channelTypes) {

    public ChannelEnvironment {
        Objects.requireNonNull(clock, "clock");
        history = history == null ? MetricsHistory.NONE : history;
        dashboardUrl = dashboardUrl == null ? "" : dashboardUrl;
        channelTypes = channelTypes == null ? Map.of() : Map.copyOf(channelTypes);
    }

    public ChannelEnvironment(Clock clock, MetricsHistory history, String dashboardUrl) {
        this(clock, history, dashboardUrl, Map.of());
    }

    public static ChannelEnvironment of(Clock clock) {
        return new ChannelEnvironment(clock, MetricsHistory.NONE, "");
    }

    /** The same environment for a table of channels (name to type). */
    ChannelEnvironment withChannels(Map<String, String> types) {
        return new ChannelEnvironment(clock, history, dashboardUrl, types);
    }

    /** The names of the table's channels of this type. */
    public Set<String> channelsOfType(String type) {
        Set<String> names = new HashSet<>();
        channelTypes.forEach((name, t) -> {
            if (t.equals(type)) {
                names.add(name);
            }
        });
        return names;
    }
}
