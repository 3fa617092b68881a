package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one tick has learnt so far; filled in stage by stage, then frozen into a {@link GuardianView}. */
final class TickState {

    final Instant now;
    final List<MonitoredPool> pools;
    final Map<String, ServerView> serverViews = new LinkedHashMap<>();
    final Map<String, PoolHealth> health = new LinkedHashMap<>();
    WeddingContext context;
    Map<String, java.time.Duration> calendarAges = Map.of();

    TickState(Instant now, List<MonitoredPool> pools) {
        this.now = now;
        this.pools = pools;
        this.context = WeddingContext.routine(now);
    }
}
