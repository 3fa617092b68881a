package com.wedsync.guardian.app.config;

import com.wedsync.guardian.health.HealthThresholds;

/** {@code health:} the thresholds a pool's health is judged by; every key is optional (HealthThresholds has the defaults). */
final class HealthSection {

    private HealthSection() {
    }

    static HealthThresholds read(ConfigNode h) {
        h.allowOnly("window", "minSamples", "degradedShare", "criticalShare", "saturationDegraded",
                "saturationCritical", "waitingDegraded", "waitingCritical", "waitP99Degraded", "waitP99Critical",
                "timeoutsDegraded", "timeoutsCritical", "leakThreshold", "headroomDegraded", "headroomCritical");
        HealthThresholds.Builder b = HealthThresholds.builder();
        h.set("window", h::optionalDuration, b::window);
        h.set("minSamples", h::optionalInt, b::minSamples);
        h.set("degradedShare", h::optionalDouble, b::degradedShare);
        h.set("criticalShare", h::optionalDouble, b::criticalShare);
        h.set("saturationDegraded", h::optionalDouble, b::saturationDegraded);
        h.set("saturationCritical", h::optionalDouble, b::saturationCritical);
        h.set("waitingDegraded", h::optionalInt, b::waitingDegraded);
        h.set("waitingCritical", h::optionalInt, b::waitingCritical);
        h.set("waitP99Degraded", h::optionalDuration, b::waitP99Degraded);
        h.set("waitP99Critical", h::optionalDuration, b::waitP99Critical);
        h.set("timeoutsDegraded", h::optionalLong, b::timeoutsDegraded);
        h.set("timeoutsCritical", h::optionalLong, b::timeoutsCritical);
        h.set("leakThreshold", h::optionalDuration, b::leakThreshold);
        h.set("headroomDegraded", h::optionalDouble, b::headroomDegraded);
        h.set("headroomCritical", h::optionalDouble, b::headroomCritical);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            h.problem(e.getMessage());
            return HealthThresholds.defaults();
        }
    }
}
