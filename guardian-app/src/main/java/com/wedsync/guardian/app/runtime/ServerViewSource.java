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

    /** A source named {@code name} reading with {@code read}, closed by {@code close}. */
    static ServerViewSource of(String name, java.util.function.Function<Instant, ServerView> read, Runnable close) {
        return new ServerViewSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ServerView read(Instant now) {
                return read.apply(now);
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
