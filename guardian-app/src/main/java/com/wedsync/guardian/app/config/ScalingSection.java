package com.wedsync.guardian.app.config;

import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code scaling:} a policy for every pool (mode observe, recommend or enforce; recommend by default), and
 * {@code pools: {NAME: {...}}} for pools that differ. Every key is optional; ScalingPolicy has the defaults.
 */
final class ScalingSection {

    private static final String[] KEYS = {"mode", "floor", "ceiling", "minIdleFloor", "maxStep", "scaleDownWindow",
            "cooldown", "tolerance", "targetUtilisation", "connectionCreateTime", "leadBuffer", "spareConnections",
            "headroomMargin", "saturationCeiling", "databaseCores", "databaseSpindles", "releaseInProtectedWindow", "priority"};

    private ScalingSection() {
    }

    static ScalingSettings read(ConfigNode s) {
        String[] all = java.util.Arrays.copyOf(KEYS, KEYS.length + 1);
        all[KEYS.length] = "pools";
        s.allowOnly(all);
        ScalingPolicy defaults = policy(s);
        Map<String, ScalingPolicy> pools = new LinkedHashMap<>();
        ConfigNode perPool = s.child("pools");
        perPool.plain().keySet().forEach(name -> {
            ConfigNode p = perPool.child(name);
            p.allowOnly(KEYS);
            pools.put(name, policy(p));
        });
        return new ScalingSettings(defaults, pools);
    }

    private static ScalingPolicy policy(ConfigNode n) {
        ScalingPolicy.Builder b = ScalingPolicy.builder();
        n.set("mode", k -> n.parsed(k, "observe, recommend or enforce", ScalingMode::parse), b::mode);
        n.set("floor", n::optionalInt, b::floor);
        n.set("ceiling", n::optionalInt, b::ceiling);
        n.set("minIdleFloor", n::optionalInt, b::minIdleFloor);
        n.set("maxStep", n::optionalInt, b::maxStep);
        n.set("scaleDownWindow", n::optionalDuration, b::scaleDownWindow);
        n.set("cooldown", n::optionalDuration, b::cooldown);
        n.set("tolerance", n::optionalDouble, b::tolerance);
        n.set("targetUtilisation", n::optionalDouble, b::targetUtilisation);
        n.set("connectionCreateTime", n::optionalDuration, b::connectionCreateTime);
        n.set("leadBuffer", n::optionalDuration, b::leadBuffer);
        n.set("spareConnections", n::optionalInt, b::spareConnections);
        n.set("headroomMargin", n::optionalInt, b::headroomMargin);
        n.set("saturationCeiling", n::optionalInt, b::saturationCeiling);
        n.set("releaseInProtectedWindow", n::optionalBool, b::releaseInProtectedWindow);
        n.set("priority", n::optionalInt, b::priority);
        if (n.has("databaseCores") || n.has("databaseSpindles")) {
            int cores = n.intIn("databaseCores", 1, 4096, 8);
            int spindles = n.intIn("databaseSpindles", 0, 4096, 1);
            try {
                b.databaseHost(cores, spindles);
            } catch (IllegalArgumentException e) {
                n.problem("databaseCores", e.getMessage());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            n.problem(e.getMessage());
            return ScalingPolicy.defaults();
        }
    }
}
