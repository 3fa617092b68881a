package com.wedsync.guardian.scaling;

import java.time.Instant;

/**
 * The checks every operator override shares (a pool override here, a deploy break-glass in {@code freeze}): who,
 * why and until when are required, and the expiry lies after the grant. Each failure names its field; the API turns
 * the message into a 400.
 */
public final class OverrideFields {

    private OverrideFields() {
    }

    public static void check(String id, String actor, String reason, Instant createdAt, Instant expiresAt) {
        require("id", id);
        require("actor", actor);
        require("reason", reason);
        if (createdAt == null) {
            throw new IllegalArgumentException("createdAt is required");
        }
        if (expiresAt == null) {
            throw new IllegalArgumentException("expiresAt is required");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("expiresAt must be after now (" + createdAt + "), but was " + expiresAt);
        }
    }

    public static void require(String field, String v) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
