package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one engine tick looks at.
 *
 * @param snapshots by pool name
 * @param servers   by database name; a database without a view counts as unavailable (no growth)
 * @param forecasts by pool name; a pool without one is sized by live pressure alone
 */
public record TickInput(Instant at, Map<String, PoolSnapshot> snapshots, WeddingContext context,
                        Map<String, ServerView> servers, Map<String, Forecast> forecasts) {

    public TickInput {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(context, "context");
        snapshots = Map.copyOf(snapshots);
        servers = Map.copyOf(servers);
        forecasts = Map.copyOf(forecasts);
    }
}
