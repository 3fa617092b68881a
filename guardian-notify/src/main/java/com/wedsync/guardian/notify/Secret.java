package com.wedsync.guardian.notify;

import java.util.Objects;

/**
 * A value that must never be printed: a webhook URL, an API key, a routing key, an auth token, a phone number.
 * {@link #toString()} hides it; only the code that puts it on the wire calls {@link #reveal()}.
 */
public final class Secret {

    private static final String HIDDEN = "****";
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /** Replaces every occurrence of this secret in {@code text}, so a vendor's echo cannot leak it. */
    public String redact(String text) {
        if (text == null || value.isEmpty()) {
            return text;
        }
        return text.replace(value, HIDDEN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return HIDDEN;
    }
}
