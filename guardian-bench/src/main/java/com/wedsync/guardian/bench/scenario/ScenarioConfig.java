package com.wedsync.guardian.bench.scenario;

import java.time.Duration;
import java.util.List;

/**
 * How the scenario runs.
 *
 * @param daySeconds        real seconds the simulated day is compressed into
 * @param hold              how long each request holds its connection (real time)
 * @param staticSize        the static policy's size, and every policy's size at the start
 * @param overgrowLimit     the reactive policy's ceiling (FlexyPool's overgrow limit)
 * @param saturationCeiling the guardian's saturation ceiling (a measured knee; pg_sleep load does not saturate CPU)
 * @param loadScale         multiplies the demand derived from the weddings
 * @param tick              real time between controller ticks
 * @param resizeTiming      whether to measure resize times before the policies run
 */
public record ScenarioConfig(String url, String user, String password, List<String> policies, Duration daySeconds,
                             Duration hold, int staticSize, int overgrowLimit, int saturationCeiling, double loadScale,
                             Duration tick, long seed, boolean resizeTiming) {

    /** Simulated seconds per real second. */
    public double compression() {
        return 86_400.0 / (daySeconds.toMillis() / 1000.0);
    }
}
