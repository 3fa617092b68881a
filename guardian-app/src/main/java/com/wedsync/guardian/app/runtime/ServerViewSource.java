package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.server.ServerView;

import java.time.Instant;

/** Where a database's own view of its connections comes from (a PostgreSQL probe on its own connection). */
public interface ServerViewSource extends AutoCloseable {

    String name();

    /** The view at {@code now} (cached between refreshes); never throws. */
    ServerView read(Instant now);

    @Override
    default void close() {
    }
}
