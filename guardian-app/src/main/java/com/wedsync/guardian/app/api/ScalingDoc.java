package com.wedsync.guardian.app.api;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.EmergencyOverride;
import com.wedsync.guardian.scaling.PoolStatus;
import com.wedsync.guardian.scaling.SafetyVerdict;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /api/scaling}: each managed pool's size, target, latest decision and forecast, and the overrides. */
public record ScalingDoc(List<Pool> pools, List<OverrideDoc> overrides) {

    public static ScalingDoc of(List<PoolStatus> pools, List<EmergencyOverride> overrides) {
        return new ScalingDoc(pools.stream().map(Pool::of).toList(), overrides.stream().map(OverrideDoc::of).toList());
    }

    /** One managed pool; {@code pendingVerification} says what the engine waits for. */
    public record Pool(String pool, String mode, Optional<Size> current, Optional<Size> target,
                       Optional<DecisionDoc> lastDecision, Optional<String> pendingVerification,
                       List<ForecastDoc.Point> forecast) {

        static Pool of(PoolStatus s) {
            return new Pool(s.pool(), s.mode().label(), s.current().map(Size::of), s.target().map(Size::of),
                    s.lastDecision().map(DecisionDoc::of), s.pendingVerification(), ForecastDoc.Point.all(s.forecast()));
        }
    }

    /** A pool size. */
    public record Size(int max, int minIdle) {

        static Size of(PoolSize s) {
            return new Size(s.max(), s.minIdle());
        }
    }

    /** The latest decision other than "nothing to change"; {@code blockedBy} names the safety check that refused. */
    public record DecisionDoc(Instant at, String outcome, String direction, Size from, Size to, String reason,
                              Optional<String> blockedBy, Optional<String> overrideId) {

        static DecisionDoc of(Decision d) {
            return new DecisionDoc(d.at(), d.outcome().label(), d.direction().name().toLowerCase(Locale.ROOT),
                    Size.of(d.from()), Size.of(d.to()), d.reason(),
                    d.verdicts().stream().filter(v -> !v.allowed()).map(SafetyVerdict::check).findFirst(),
                    d.overrideId().isEmpty() ? Optional.empty() : Optional.of(d.overrideId()));
        }
    }

    /** An operator's override (also the body of a 201 from {@code POST /api/overrides}). */
    public record OverrideDoc(String id, String actor, String reason, String pool, String action, Instant createdAt,
                              Instant expiresAt) {

        public static OverrideDoc of(EmergencyOverride o) {
            return new OverrideDoc(o.id(), o.actor(), o.reason(), o.pool(), o.scope().label(), o.createdAt(),
                    o.expiresAt());
        }
    }
}
