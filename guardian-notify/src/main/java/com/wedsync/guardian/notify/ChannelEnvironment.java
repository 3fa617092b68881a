package com.wedsync.guardian.notify;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every notifier may need at start besides its own config.
 *
 * @param clock        time for timestamps and Retry-After dates
 * @param history      recent pool snapshots, for email attachments
 * @param channelTypes every channel of the table being built, name to type (channels that write to one shared
 *                     place, the log, write each send once)
 */
public record ChannelEnvironment(Clock clock, MetricsHistory history, Map<String, String> channelTypes) {

    public ChannelEnvironment {
        Objects.requireNonNull(clock, "clock");
        history = history == null ? MetricsHistory.NONE : history;
        channelTypes = channelTypes == null ? Map.of() : Map.copyOf(channelTypes);
    }

    public ChannelEnvironment(Clock clock, MetricsHistory history) {
        this(clock, history, Map.of());
    }

    /** The same environment for a table of channels (name to type). */
    ChannelEnvironment withChannels(Map<String, String> types) {
        return new ChannelEnvironment(clock, history, types);
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
