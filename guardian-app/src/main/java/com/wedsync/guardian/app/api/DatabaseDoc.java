package com.wedsync.guardian.app.api;

import com.wedsync.guardian.server.ServerView;

import java.time.Instant;
import java.util.Map;

/** A database server's view of its connections, as {@code GET /api/databases} shows it. */
public record DatabaseDoc(String database, Instant at, boolean available, String unavailableReason, int maxConnections,
                          int reserved, Map<String, Integer> byState, Map<String, Integer> byApplication) {

    public static DatabaseDoc of(ServerView v) {
        return new DatabaseDoc(v.database(), v.at(), v.available(), v.unavailableReason(), v.maxConnections(),
                v.reserved(), v.byState(), v.byApplication());
    }
}
