package com.wedsync.guardian.notify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One channel entry handed over in code ({@code {name: ops-slack, type: slack, webhookUrl: ...}}): plain values,
 * read by {@link ChannelFactory#check} through the same reader and declarations as {@code alerts.channels}.
 */
public record ChannelSettings(Map<String, Object> entry) {

    public ChannelSettings {
        entry = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entry == null ? Map.of() : entry));
    }

    /** Settings from a whole config entry, {@code name} and {@code type} included. */
    public static ChannelSettings of(Map<String, ?> entry) {
        return new ChannelSettings(new LinkedHashMap<>(entry));
    }

    public String name() {
        Object n = entry.get("name");
        return n == null ? "" : n.toString();
    }

    public String type() {
        Object t = entry.get("type");
        return t == null ? "" : t.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ChannelSettings[" + name() + ", " + type() + "]";
    }
}
