package com.wedsync.guardian.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * How one source stands: when it last refreshed, how many weddings its last good copy holds, and the
 * error of the last attempt if it failed. For {@code GET /api/context} and the stale-calendar alert.
 *
 * @param lastRefreshed when the last good copy was read; empty if never
 * @param lastError     the last attempt's error, empty when it succeeded
 */
public record SourceStatus(String name, Optional<Instant> lastRefreshed, Optional<Instant> lastAttempt,
                           int weddings, int problems, boolean stale, Optional<String> lastError) {
}
