package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.pool.PoolSnapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code db.client.connection.timeouts} as a real counter fed by the growth of each snapshot's
 * cumulative total. Not a function counter: a StatsD function counter would send the whole total as
 * its first delta whenever a pool's meters are re-created. A total that falls (the probe restarted)
 * counts from zero again. Updated from the tick thread only.
 */
final class TimeoutCounters {

    private static final class Tracked {
        final Counter counter;
        long lastTotal;

        Tracked(Counter counter) {
            this.counter = counter;
        }
    }

    private final MeterRegistry registry;
    private final Map<String, Tracked> tracked = new HashMap<>();

    TimeoutCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    void update(Map<String, PoolReading> pools) {
        tracked.entrySet().removeIf(e -> {
            if (!pools.containsKey(e.getKey())) {
                registry.remove(e.getValue().counter);
                return true;
            }
            return false;
        });
        for (Map.Entry<String, PoolReading> e : pools.entrySet()) {
            PoolSnapshot s = e.getValue().snapshot();
            Tracked t = tracked.computeIfAbsent(e.getKey(), pool -> new Tracked(Counter.builder(MeterNames.TIMEOUTS)
                    .description("Connection acquisitions that timed out")
                    .baseUnit(MeterNames.UNIT_TIMEOUT)
                    .tag(MeterNames.TAG_POOL, pool)
                    .register(registry)));
            if (!s.reachable()) {
                continue;
            }
            long total = s.timeoutsTotal();
            long delta = total >= t.lastTotal ? total - t.lastTotal : total;
            t.lastTotal = total;
            if (delta > 0) {
                t.counter.increment(delta);
            }
        }
    }

    void clear() {
        tracked.values().forEach(t -> registry.remove(t.counter));
        tracked.clear();
    }

    Set<String> pools() {
        return tracked.keySet();
    }
}
