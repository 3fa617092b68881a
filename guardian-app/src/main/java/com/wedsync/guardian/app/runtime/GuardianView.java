package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything the guardian knows after its latest tick, frozen: what the API, the console and metrics read. */
public record GuardianView(Instant at, List<PoolStatus> pools, List<ServerView> serverViews, WeddingContext context,
                           Map<String, Duration> calendarAges) {

    public GuardianView {
        pools = List.copyOf(pools);
        serverViews = List.copyOf(serverViews);
        calendarAges = Map.copyOf(calendarAges);
    }

    public static GuardianView empty(Instant at) {
        return new GuardianView(at, List.of(), List.of(), WeddingContext.routine(at), Map.of());
    }
}
