package com.wedsync.guardian.spring;

import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.PoolStatus;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Each pool's health as Boot shows health, whichever Boot line: HEALTHY and DEGRADED are {@code UP}, CRITICAL and
 * DOWN are {@code DOWN}, not yet judged is {@code UNKNOWN}; the details say the guardian's own word for it, why, and the
 * figures. The thin starters turn it into their line's {@code HealthContributor}s under {@code /actuator/health/guardian}.
 */
public final class PoolHealthView {

    /** One pool: Boot's status code and the details. */
    public record Entry(String status, Map<String, Object> details) {
    }

    private final Supplier<Optional<Guardian>> guardian;

    public PoolHealthView(GuardianRunner runner) {
        this.guardian = runner::guardian;
    }

    /** The pools watched now, by name. */
    public List<String> pools() {
        return guardian.get().map(g -> g.view().pools().stream().map(PoolStatus::name).toList()).orElse(List.of());
    }

    /** One pool's health; empty when no such pool is watched. */
    public Optional<Entry> pool(String name) {
        return guardian.get().flatMap(g -> g.view().pools().stream().filter(p -> p.name().equals(name)).findFirst())
                .map(PoolHealthView::entry);
    }

    static Entry entry(PoolStatus p) {
        Map<String, Object> details = new LinkedHashMap<>();
        HealthStatus status = p.health() == null ? HealthStatus.UNKNOWN : p.health().status();
        details.put("guardian", status.name());
        if (p.health() != null) {
            details.put("reasons", p.health().reasons().stream().map(HealthReason::message).toList());
        }
        if (p.snapshot() != null) {
            details.put("used", p.snapshot().used());
            details.put("max", p.snapshot().max());
            details.put("pending", p.snapshot().pending());
        }
        if (p.database() != null) {
            details.put("database", p.database());
        }
        String code = switch (status) {
            case HEALTHY, DEGRADED -> "UP";
            case CRITICAL, DOWN -> "DOWN";
            case UNKNOWN -> "UNKNOWN";
        };
        return new Entry(code, details);
    }
}
