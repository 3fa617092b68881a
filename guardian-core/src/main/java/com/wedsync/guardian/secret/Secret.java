package com.wedsync.guardian.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A value that must never be printed: a password, a webhook URL, an API key, a routing key, an auth token, a
 * phone number. {@link #toString()} hides it (and, having no getter, a JSON mapper finds nothing to show); only
 * the code that puts it on the wire or hands it to a driver calls {@link #reveal()}.
 */
public final class Secret {

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

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /**
     * For a URL that is a credential (a Slack webhook, a webhook with a token in its path, user:password@host):
     * this secret plus its path, query and user-info, and each long path segment, since a vendor may echo any
     * of them alone.
     */
    public List<Secret> withUrlParts() {
        List<Secret> out = new ArrayList<>();
        out.add(this);
        Matcher u = Redactor.URL.matcher(value);
        if (!u.matches()) {
            return out; // not a URL: the whole value is all there is to hide
        }
        String userInfo = Redactor.userInfo(u.group(Redactor.AUTHORITY));
        String path = u.group(Redactor.PATH);
        for (String part : new String[] {path, u.group(Redactor.QUERY), userInfo}) {
            if (part != null && part.length() > 1) {
                out.add(new Secret(part));
            }
        }
        if (userInfo != null && userInfo.contains(":")) {
            out.add(new Secret(userInfo.substring(userInfo.indexOf(':') + 1)));
        }
        for (String segment : path.split("/")) {
            if (segment.length() >= MIN_SEGMENT) {
                out.add(new Secret(segment));
            }
        }
        return out;
    }

    /** Replaces every occurrence of this secret in {@code text}, so a vendor's echo cannot leak it. */
    public String redact(String text) {
        if (text == null || value.isEmpty()) {
            return text;
        }
        // also its form-encoded spelling, as a vendor echoing a form body would print it
        return text.replace(value, Redactor.MASK).replace(Redactor.formEncoded(value), Redactor.MASK);
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
        return Redactor.MASK;
    }
}
