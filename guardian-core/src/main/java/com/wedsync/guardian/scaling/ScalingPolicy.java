package com.wedsync.guardian.scaling;

import java.time.Duration;
import java.util.Objects;

/**
 * How one pool may be sized. Immutable; {@link #builder()} rejects a bad value at once, naming the
 * field and the value.
 */
public final class ScalingPolicy {

    private final ScalingMode mode;
    private final int floor;
    private final int ceiling;
    private final int minIdleFloor;
    private final int maxStep;
    private final Duration scaleDownWindow;
    private final Duration cooldown;
    private final double tolerance;
    private final double targetUtilisation;
    private final Duration connectionCreateTime;
    private final Duration leadBuffer;
    private final int spareConnections;
    private final int headroomMargin;
    private final int saturationCeiling;
    private final VerificationPolicy verification;
    private final boolean releaseInProtectedWindow;
    private final int priority;

    private ScalingPolicy(Builder b) {
        this.mode = b.mode;
        this.floor = b.floor;
        this.ceiling = b.ceiling;
        this.minIdleFloor = b.minIdleFloor;
        this.maxStep = b.maxStep;
        this.scaleDownWindow = b.scaleDownWindow;
        this.cooldown = b.cooldown;
        this.tolerance = b.tolerance;
        this.targetUtilisation = b.targetUtilisation;
        this.connectionCreateTime = b.connectionCreateTime;
        this.leadBuffer = b.leadBuffer;
        this.spareConnections = b.spareConnections;
        this.headroomMargin = b.headroomMargin;
        this.saturationCeiling = b.saturationCeiling > 0 ? b.saturationCeiling : b.databaseCores * 2 + b.databaseSpindles;
        this.verification = b.verification;
        this.releaseInProtectedWindow = b.releaseInProtectedWindow;
        this.priority = b.priority;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ScalingPolicy defaults() {
        return builder().build();
    }

    public ScalingMode mode() { return mode; }
    /** The lowest maximum the planner ever sets. */
    public int floor() { return floor; }
    /** The highest maximum the planner ever sets. */
    public int ceiling() { return ceiling; }
    /** The lowest min-idle the planner ever sets. */
    public int minIdleFloor() { return minIdleFloor; }
    /** The most connections one change may add or remove. */
    public int maxStep() { return maxStep; }
    /** A shrink follows the highest recommendation over this window (HPA's stabilization window). */
    public Duration scaleDownWindow() { return scaleDownWindow; }
    /** The least time between two changes of one pool (rollbacks excepted). */
    public Duration cooldown() { return cooldown; }
    /** Relative change of the pressure ratio that is ignored (HPA: 10%). */
    public double tolerance() { return tolerance; }
    /** The utilisation ((used + pending) / max) the reactive part aims at. */
    public double targetUtilisation() { return targetUtilisation; }
    /** The time to open one connection: the lead time per connection to add. */
    public Duration connectionCreateTime() { return connectionCreateTime; }
    /** Extra time the floor is raised ahead of forecast load, beyond the creation time. */
    public Duration leadBuffer() { return leadBuffer; }
    /** Connections above the forecast's upper bound. */
    public int spareConnections() { return spareConnections; }
    /** Connections always left free on the database, beyond the reserved ones. */
    public int headroomMargin() { return headroomMargin; }
    /** Past this maximum more connections make the database slower: growth beyond is refused. */
    public int saturationCeiling() { return saturationCeiling; }
    public VerificationPolicy verification() { return verification; }
    /**
     * Whether a release (min-idle lowered, the maximum kept) is allowed in a protected window: true by default, the
     * capacity stays; false blocks it like a shrink, unless an override for shrink covers it.
     */
    public boolean releaseInProtectedWindow() { return releaseInProtectedWindow; }

    /** The pool's weight in its fleet's division of a database, before criticality (issue 12); 1 by default. */
    public int priority() { return priority; }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.floor = floor;
        b.ceiling = ceiling;
        b.minIdleFloor = minIdleFloor;
        b.maxStep = maxStep;
        b.scaleDownWindow = scaleDownWindow;
        b.cooldown = cooldown;
        b.tolerance = tolerance;
        b.targetUtilisation = targetUtilisation;
        b.connectionCreateTime = connectionCreateTime;
        b.leadBuffer = leadBuffer;
        b.spareConnections = spareConnections;
        b.headroomMargin = headroomMargin;
        b.saturationCeiling = saturationCeiling;
        b.verification = verification;
        b.releaseInProtectedWindow = releaseInProtectedWindow;
        b.priority = priority;
        return b;
    }

    @Override
    public String toString() {
        return "ScalingPolicy{mode=" + mode.label() + ", floor=" + floor + ", ceiling=" + ceiling + ", maxStep=" + maxStep
                + ", scaleDownWindow=" + scaleDownWindow + ", cooldown=" + cooldown + ", saturationCeiling=" + saturationCeiling + "}";
    }

    /** Builds a {@link ScalingPolicy}; every setter checks its value. */
    public static final class Builder {
        private ScalingMode mode = ScalingSchema.MODE.defaultValue();
        private int floor = ScalingSchema.FLOOR.defaultValue();
        private int ceiling = ScalingSchema.CEILING.defaultValue();
        private int minIdleFloor = ScalingSchema.MIN_IDLE_FLOOR.defaultValue();
        private int maxStep = ScalingSchema.MAX_STEP.defaultValue();
        private Duration scaleDownWindow = ScalingSchema.SCALE_DOWN_WINDOW.defaultValue();
        private Duration cooldown = ScalingSchema.COOLDOWN.defaultValue();
        private double tolerance = ScalingSchema.TOLERANCE.defaultValue();
        private double targetUtilisation = ScalingSchema.TARGET_UTILISATION.defaultValue();
        private Duration connectionCreateTime = ScalingSchema.CONNECTION_CREATE_TIME.defaultValue();
        private Duration leadBuffer = ScalingSchema.LEAD_BUFFER.defaultValue();
        private int spareConnections = ScalingSchema.SPARE_CONNECTIONS.defaultValue();
        private int headroomMargin = ScalingSchema.HEADROOM_MARGIN.defaultValue();
        /** 0: none measured, the ceiling is cores × 2 + spindles. */
        private int saturationCeiling = 0;
        private int databaseCores = ScalingSchema.DATABASE_CORES.defaultValue();
        private int databaseSpindles = ScalingSchema.DATABASE_SPINDLES.defaultValue();
        private VerificationPolicy verification = VerificationPolicy.defaults();
        private boolean releaseInProtectedWindow = ScalingSchema.RELEASE_IN_PROTECTED_WINDOW.defaultValue();
        private int priority = ScalingSchema.PRIORITY.defaultValue();

        private Builder() {
        }

        public Builder priority(int v) {
            this.priority = ScalingSchema.PRIORITY.check(v);
            return this;
        }

        public Builder releaseInProtectedWindow(boolean v) {
            this.releaseInProtectedWindow = v;
            return this;
        }

        public Builder mode(ScalingMode v) {
            this.mode = Objects.requireNonNull(v, "mode");
            return this;
        }

        public Builder floor(int v) {
            this.floor = ScalingSchema.FLOOR.check(v);
            return this;
        }

        public Builder ceiling(int v) {
            this.ceiling = ScalingSchema.CEILING.check(v);
            return this;
        }

        public Builder minIdleFloor(int v) {
            this.minIdleFloor = ScalingSchema.MIN_IDLE_FLOOR.check(v);
            return this;
        }

        public Builder maxStep(int v) {
            this.maxStep = ScalingSchema.MAX_STEP.check(v);
            return this;
        }

        public Builder scaleDownWindow(Duration v) {
            this.scaleDownWindow = ScalingSchema.SCALE_DOWN_WINDOW.check(v);
            return this;
        }

        public Builder cooldown(Duration v) {
            this.cooldown = ScalingSchema.COOLDOWN.check(v);
            return this;
        }

        public Builder tolerance(double v) {
            this.tolerance = ScalingSchema.TOLERANCE.check(v);
            return this;
        }

        public Builder targetUtilisation(double v) {
            this.targetUtilisation = ScalingSchema.TARGET_UTILISATION.check(v);
            return this;
        }

        public Builder connectionCreateTime(Duration v) {
            this.connectionCreateTime = ScalingSchema.CONNECTION_CREATE_TIME.check(v);
            return this;
        }

        public Builder leadBuffer(Duration v) {
            this.leadBuffer = ScalingSchema.LEAD_BUFFER.check(v);
            return this;
        }

        public Builder spareConnections(int v) {
            this.spareConnections = ScalingSchema.SPARE_CONNECTIONS.check(v);
            return this;
        }

        public Builder headroomMargin(int v) {
            this.headroomMargin = ScalingSchema.HEADROOM_MARGIN.check(v);
            return this;
        }

        /** A measured knee; overrides the cores × 2 + spindles estimate. */
        public Builder saturationCeiling(int v) {
            this.saturationCeiling = ScalingSchema.SATURATION_CEILING.check(v);
            return this;
        }

        /** The database host, for the default saturation ceiling cores × 2 + spindles (docs/pools-and-database.md). */
        public Builder databaseHost(int cores, int spindles) {
            this.databaseCores = ScalingSchema.DATABASE_CORES.check(cores);
            this.databaseSpindles = ScalingSchema.DATABASE_SPINDLES.check(spindles);
            return this;
        }

        public Builder verification(VerificationPolicy v) {
            this.verification = Objects.requireNonNull(v, "verification");
            return this;
        }

        public ScalingPolicy build() {
            if (ceiling < floor) {
                throw new IllegalArgumentException("ceiling must be >= floor (" + floor + "), but was " + ceiling);
            }
            if (minIdleFloor > floor) {
                throw new IllegalArgumentException("minIdleFloor must be <= floor (" + floor + "), but was " + minIdleFloor);
            }
            return new ScalingPolicy(this);
        }

        static Duration notNegative(String field, Duration v) {
            if (v == null || v.isNegative()) {
                throw new IllegalArgumentException(field + " must be a duration >= 0, but was " + v);
            }
            return v;
        }
    }
}
