package com.wedsync.guardian.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value that must never be printed: a webhook URL, an API key, a routing key, an auth token, a phone number.
 * {@link #toString()} hides it; only the code that puts it on the wire calls {@link #reveal()}.
 */
public final class Secret {

    private static final String HIDDEN = "****";
    /** Path segments at least this long may be tokens ("services", "T000" and "api" are not worth hiding). */
    private static final int MIN_SEGMENT = 12;
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

    /**
     * For a URL that is a credential (a Slack webhook, a webhook with a token in its path, user:password@host):
     * this secret plus its path, query and user-info, and each long path segment, since a vendor may echo any
     * of them alone.
     */
    public List<Secret> withUrlParts() {
        List<Secret> out = new ArrayList<>();
        out.add(this);
        try {
            URI u = URI.create(value);
            for (String part : new String[] {u.getRawPath(), u.getRawQuery(), u.getRawUserInfo()}) {
                if (part != null && part.length() > 1) {
                    out.add(new Secret(part));
                }
            }
            if (u.getRawUserInfo() != null && u.getRawUserInfo().contains(":")) {
                out.add(new Secret(u.getRawUserInfo().substring(u.getRawUserInfo().indexOf(':') + 1)));
            }
            if (u.getRawPath() != null) {
                for (String segment : u.getRawPath().split("/")) {
                    if (segment.length() >= MIN_SEGMENT) {
                        out.add(new Secret(segment));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // not a URL: the whole value is all there is to hide
        }
        return out;
    }

    /** Replaces every occurrence of this secret in {@code text}, so a vendor's echo cannot leak it. */
    public String redact(String text) {
        if (text == null || value.isEmpty()) {
            return text;
        }
        // also its form-encoded spelling, as a vendor echoing a form body would print it
        return text.replace(value, HIDDEN).replace(URLEncoder.encode(value, StandardCharsets.UTF_8), HIDDEN);
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
