package com.wedsync.guardian.freeze;

import java.time.Instant;
import java.util.Objects;

/** The question: may {@code service} be deployed to {@code environment} at {@code at}? */
public record FreezeQuery(String service, String environment, Instant at) {

    /** Longest service or environment name (a Kubernetes name's limit); a longer one is refused, naming the field. */
    public static final int MAX_NAME = 63;

    public FreezeQuery {
        service = name("service", service);
        environment = name("environment", environment);
        Objects.requireNonNull(at, "at");
    }

    private static String name(String field, String v) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (v.length() > MAX_NAME || !v.strip().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(field + " must be 1–" + MAX_NAME
                    + " printable characters without spaces, but was " + v.length() + " characters");
        }
        return v.strip();
    }
}
