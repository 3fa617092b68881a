package com.wedsync.guardian.alert.escalate;

import com.wedsync.guardian.config.Setting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of an escalation chain: after {@code delay} (counted from the group's first notification) with
 * no acknowledgement, every channel in {@code channels} is notified; {@code fallbacks} take over for any of
 * them that cannot deliver. An {@code executive} level is reached only at criticality 4 or 5.
 */
public final class EscalationLevel {

    private final Duration delay;
    private final List<String> channels;
    private final List<String> fallbacks;
    private final boolean executive;

    private EscalationLevel(Builder b) {
        this.delay = b.delay;
        this.channels = List.copyOf(b.channels);
        this.fallbacks = List.copyOf(b.fallbacks);
        this.executive = b.executive;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Duration delay() {
        return delay;
    }

    public List<String> channels() {
        return channels;
    }

    public List<String> fallbacks() {
        return fallbacks;
    }

    public boolean executive() {
        return executive;
    }

    /** {@code alerts.escalation[].levels[].after}: the delay of a level. */
    public static final Setting<Duration> AFTER = Setting.duration("after", Duration.ofMillis(1), Duration.ofDays(30), null,
            "how long after the alert fired this level is notified; later levels wait longer");

    public static final class Builder {
        private Duration delay;
        private final List<String> channels = new ArrayList<>();
        private final List<String> fallbacks = new ArrayList<>();
        private boolean executive;

        private Builder() {
        }

        public Builder delay(Duration delay) {
            if (delay == null) {
                throw new IllegalArgumentException("delay must be set, but was null");
            }
            AFTER.type().problem(delay).ifPresent(p -> {
                throw new IllegalArgumentException("delay " + p);
            });
            this.delay = delay;
            return this;
        }

        public Builder channels(String... names) {
            return channels(List.of(names));
        }

        public Builder channels(List<String> names) {
            addNames("channels", names, channels);
            return this;
        }

        public Builder fallbacks(String... names) {
            addNames("fallbacks", names == null ? null : List.of(names), fallbacks);
            return this;
        }

        public Builder fallbacks(List<String> names) {
            addNames("fallbacks", names, fallbacks);
            return this;
        }

        public Builder executive(boolean executive) {
            this.executive = executive;
            return this;
        }

        private static void addNames(String field, List<String> names, List<String> into) {
            for (String n : names) {
                if (n == null || n.isBlank()) {
                    throw new IllegalArgumentException(field + " must be channel names, but one was \"" + n + "\"");
                }
                into.add(n);
            }
        }

        public EscalationLevel build() {
            if (delay == null) {
                throw new IllegalArgumentException("delay must be set, but was null");
            }
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("channels must name at least one channel, but was []");
            }
            return new EscalationLevel(this);
        }
    }
}
