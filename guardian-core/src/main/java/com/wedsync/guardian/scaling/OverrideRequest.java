package com.wedsync.guardian.scaling;

import com.wedsync.guardian.time.Durations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * The body of {@code POST /api/overrides} as text fields: {@code actor}, {@code reason}, {@code pool},
 * {@code action} (grow|shrink|any) and the expiry as {@code expiresAt} (ISO instant) or {@code ttl}
 * (ISO duration such as PT2H, or 90m / 2h); {@code expiresAt} wins when both are given.
 * {@link #toOverride} names the first missing or bad field, for a 400.
 */
public record OverrideRequest(String actor, String reason, String expiresAt, String ttl, String pool, String action) {

    public EmergencyOverride toOverride(String id, Instant now) {
        require("actor", actor);
        require("reason", reason);
        Instant expires = expiry(now);
        require("pool", pool);
        require("action", action);
        return new EmergencyOverride(id, actor, reason, now, expires, pool, OverrideScope.parse(action));
    }

    private Instant expiry(Instant now) {
        if (expiresAt != null && !expiresAt.isBlank()) {
            try {
                return Instant.parse(expiresAt.trim());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("expiresAt must be an ISO instant such as 2026-06-13T18:00:00Z, but was " + expiresAt);
            }
        }
        if (ttl != null && !ttl.isBlank()) {
            Duration d = parseTtl(ttl.trim());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("ttl must be positive, but was " + ttl);
            }
            return now.plus(d);
        }
        throw new IllegalArgumentException("expiresAt is required (or ttl)");
    }

    private static Duration parseTtl(String s) {
        return Durations.parse(s).orElseThrow(() ->
                new IllegalArgumentException("ttl must be a duration such as PT2H, 90m or 2h, but was " + s));
    }

    private static void require(String field, String v) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
