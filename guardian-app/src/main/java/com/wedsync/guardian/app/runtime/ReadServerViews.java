package com.wedsync.guardian.app.runtime;

import java.util.List;

/** Stage: each database's own view of its connections (cached by the source between its refreshes). */
final class ReadServerViews implements TickStage {

    private final List<ServerViewSource> sources;

    ReadServerViews(List<ServerViewSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public void run(TickState tick) {
        for (ServerViewSource source : sources) {
            tick.serverViews.put(source.name(), source.read(tick.now));
        }
    }
}
