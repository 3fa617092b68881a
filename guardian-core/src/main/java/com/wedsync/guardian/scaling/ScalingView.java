package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/scaling} as plain maps and lists, ready for any JSON writer. */
public final class ScalingView {

    private ScalingView() {
    }

    public static Map<String, Object> of(List<PoolStatus> pools, List<EmergencyOverride> overrides) {
        List<Map<String, Object>> ps = new ArrayList<>();
        for (PoolStatus s : pools) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pool", s.pool());
            m.put("mode", s.mode().label());
            m.put("current", s.current().map(ScalingView::size).orElse(null));
            m.put("target", s.target().map(ScalingView::size).orElse(null));
            m.put("lastDecision", s.lastDecision().map(ScalingView::decision).orElse(null));
            m.put("pendingVerification", s.pendingVerification().orElse(null));
            List<Map<String, Object>> points = new ArrayList<>();
            for (ForecastPoint p : s.forecast()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("at", p.at().toString());
                pm.put("expectedConnections", p.expectedConnections());
                pm.put("low", p.low());
                pm.put("high", p.high());
                pm.put("confidence", p.confidence());
                pm.put("weddingsActive", p.weddingsActive());
                points.add(pm);
            }
            m.put("forecast", points);
            ps.add(m);
        }
        List<Map<String, Object>> os = new ArrayList<>();
        for (EmergencyOverride o : overrides) {
            os.add(override(o));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pools", ps);
        body.put("overrides", os);
        return body;
    }

    /** One override as the API returns it (also the body of a 201 from {@code POST /api/overrides}). */
    public static Map<String, Object> override(EmergencyOverride o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("actor", o.actor());
        m.put("reason", o.reason());
        m.put("pool", o.pool());
        m.put("action", o.scope().label());
        m.put("createdAt", o.createdAt().toString());
        m.put("expiresAt", o.expiresAt().toString());
        return m;
    }

    private static Map<String, Object> size(PoolSize s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max", s.max());
        m.put("minIdle", s.minIdle());
        return m;
    }

    private static Map<String, Object> decision(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", d.at().toString());
        m.put("outcome", d.outcome().label());
        m.put("direction", d.direction().name().toLowerCase(java.util.Locale.ROOT));
        m.put("from", size(d.from()));
        m.put("to", size(d.to()));
        m.put("reason", d.reason());
        m.put("blockedBy", d.verdicts().stream().filter(v -> !v.allowed()).map(SafetyVerdict::check).findFirst().orElse(null));
        m.put("overrideId", d.overrideId().isEmpty() ? null : d.overrideId());
        return m;
    }
}
