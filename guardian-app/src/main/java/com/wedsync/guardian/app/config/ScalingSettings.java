package com.wedsync.guardian.app.config;

import com.wedsync.guardian.scaling.ScalingPolicy;

import java.util.Map;

/** {@code scaling:} the policy every pool gets, and per-pool policies where a pool differs. */
public record ScalingSettings(ScalingPolicy defaults, Map<String, ScalingPolicy> pools) {

    public ScalingSettings {
        pools = Map.copyOf(pools);
    }
}
