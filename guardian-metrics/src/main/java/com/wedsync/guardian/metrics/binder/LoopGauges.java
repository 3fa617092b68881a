package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.loop.Loop;
import com.wedsync.guardian.loop.Loops;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.util.Objects;

/**
 * Per background loop: seconds since its last completed pass, and whether it is stalled. Read at each
 * scrape or export from the loop itself, not refreshed by the tick, so a dead tick thread still shows.
 */
public final class LoopGauges implements MeterBinder {

    private final Loops loops;

    public LoopGauges(Loops loops) {
        this.loops = Objects.requireNonNull(loops, "loops");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Loop loop : loops.all()) {
            Gauge.builder(MeterNames.LOOP_SINCE_SUCCESS, loop, l -> l.sinceLastPass().toMillis() / 1000.0)
                    .description("Seconds since the background loop last completed a pass")
                    .baseUnit(MeterNames.UNIT_SECONDS).tag(MeterNames.TAG_LOOP, loop.name())
                    .strongReference(true).register(registry);
            Gauge.builder(MeterNames.LOOP_STALLED, loop, l -> l.status().stalled() ? 1 : 0)
                    .description("1 while the background loop has completed no pass within its bound")
                    .tag(MeterNames.TAG_LOOP, loop.name()).strongReference(true).register(registry);
        }
    }
}
