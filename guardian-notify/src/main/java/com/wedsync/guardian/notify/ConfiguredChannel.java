package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;

import java.util.Objects;

/**
 * A channel entry read and checked at load time: its name, its type and its typed config (whose
 * {@code toString} hides every secret). {@link #create} makes its notifier, once, at start.
 */
public record ConfiguredChannel<C>(String name, ChannelType<C> type, C config) {

    public ConfiguredChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(config, "config");
    }

    /** The {@code type} value from config (slack, twilio, ...). */
    public String typeName() {
        return type.type();
    }

    public Notifier create(ChannelEnvironment environment) {
        return type.create(name, config, environment);
    }

    @Override
    public String toString() {
        return "ConfiguredChannel[" + name + ", " + type.type() + ", " + config + "]";
    }
}
